///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//RUNTIME_OPTIONS -XX:TieredStopAtLevel=1

import javax.tools.*;

// tag::main[]
record Snippet(String title, String source) {}

void main() throws IOException {
    compile(List.of(
            new Snippet("classic for loop, lambda captures i", """
                    void main() {
                        for (int i = 0; i < 3; i++) {
                            Thread.ofVirtual().start(() -> IO.println(i)); // <1>
                        }
                    }
                    """),
            new Snippet("classic for loop, lambda captures a copy", """
                    void main() {
                        for (int i = 0; i < 3; i++) {
                            int pid = i; // <2>
                            Thread.ofVirtual().start(() -> IO.println(pid));
                        }
                    }
                    """),
            new Snippet("for-each loop, lambda captures email", """
                    void main() {
                        for (String email : List.of("a@example.com", "b@example.com")) {
                            Thread.ofVirtual().start(() -> IO.println(email)); // <3>
                        }
                    }
                    """)));
}
// end::main[]

/** Compiles each snippet on its own, in memory, as Snippet.java, and prints javac's verdict on it. */
void compile(List<Snippet> snippets) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createTempDirectory("snippets");
    for (Snippet snippet : snippets) {
        var file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet.source();
            }
        };
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        boolean ok = javac.getTask(null, null, diagnostics, List.of("-d", classes.toString()), null, List.of(file)).call();
        IO.println(snippet.title() + ":");
        for (var d : diagnostics.getDiagnostics()) {
            IO.println("  line " + d.getLineNumber() + ": " + d.getMessage(Locale.ENGLISH));
        }
        if (ok) {
            IO.println("  compiles");
        }
    }
    try (var paths = Files.walk(classes)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
}

/* Output:
@# Running javac in-process three times takes a few seconds; on a loaded machine more.
@timeout 60s
classic for loop, lambda captures i:
  line 3: local variables referenced from a lambda expression must be final or effectively final
classic for loop, lambda captures a copy:
  compiles
for-each loop, lambda captures email:
  compiles
*/

/* Sample output:
classic for loop, lambda captures i:
  line 3: local variables referenced from a lambda expression must be final or effectively final
classic for loop, lambda captures a copy:
  compiles
for-each loop, lambda captures email:
  compiles
*/
