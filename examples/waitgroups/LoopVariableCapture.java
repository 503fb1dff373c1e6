///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

import javax.tools.*;

// tag::main[]
void main() throws IOException {
    check("classic for loop, lambda captures i", """
            void main() {
                for (int i = 0; i < 3; i++) {
                    Thread.ofVirtual().start(() -> IO.println(i)); // <1>
                }
            }
            """);
    check("classic for loop, lambda captures a copy", """
            void main() {
                for (int i = 0; i < 3; i++) {
                    int pid = i; // <2>
                    Thread.ofVirtual().start(() -> IO.println(pid));
                }
            }
            """);
    check("for-each loop, lambda captures email", """
            void main() {
                for (String email : List.of("a@example.com", "b@example.com")) {
                    Thread.ofVirtual().start(() -> IO.println(email)); // <3>
                }
            }
            """);
}
// end::main[]

/** Compiles {@code source} as Snippet.java in memory and prints javac's verdict. */
void check(String title, String source) throws IOException {
    IO.println(title + ":");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    var diagnostics = new DiagnosticCollector<JavaFileObject>();
    var file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    };
    Path classes = Files.createTempDirectory("snippet");
    boolean ok = javac.getTask(null, null, diagnostics, List.of("-d", classes.toString()), null, List.of(file)).call();
    for (var d : diagnostics.getDiagnostics()) {
        IO.println("  line " + d.getLineNumber() + ": " + d.getMessage(Locale.ENGLISH));
    }
    if (ok) {
        IO.println("  compiles");
    }
    try (var paths = Files.walk(classes)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
}

/* Output:
classic for loop, lambda captures i:
  line 3: local variables referenced from a lambda expression must be final or effectively final
classic for loop, lambda captures a copy:
  compiles
for-each loop, lambda captures email:
  compiles
*/
