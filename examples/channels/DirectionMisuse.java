///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

import com.sun.source.util.JavacTask;
import javax.tools.*;

// tag::main[]
static final String ENDS = """
    interface SendOnly<T> { void send(T value) throws InterruptedException; }
    interface ReceiveOnly<T> { T receive() throws InterruptedException; }
    """;                                                          // <1>

void compile(String title, String method) {
    String code = ENDS + "class Snippet {\n" + method + "\n}\n";
    var diagnostics = new DiagnosticCollector<JavaFileObject>();
    var compiler = ToolProvider.getSystemJavaCompiler();          // <2>
    var task = (JavacTask) compiler.getTask(null, null, diagnostics,
            null, null, List.of(source("Snippet", code)));
    try {
        task.analyze();                                           // <3>
    } catch (IOException e) {
        throw new UncheckedIOException(e);
    }
    var errors = diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    IO.println(title + ": " + (errors.isEmpty() ? "compiles" : "does not compile"));
    for (var e : errors) {
        IO.println("  line " + e.getLineNumber() + ": " + e.getMessage(Locale.ROOT)
                .lines().map(l -> l.strip().replaceAll("\\s+", " "))
                .collect(Collectors.joining("; ")));
    }
}

void main() {
    compile("sender sends, receiver receives", """
        static void sendData(SendOnly<String> c) throws InterruptedException {
            c.send("hi");
        }
        static void receiveData(ReceiveOnly<String> c) throws InterruptedException {
            c.receive();
        }
        """);
    compile("receiver tries to send", """
        static void receiveData(ReceiveOnly<String> c) throws InterruptedException {
            c.send("oops");
        }
        """);                                                     // <4>
    compile("sender tries to receive", """
        static void sendData(SendOnly<String> c) throws InterruptedException {
            c.receive();
        }
        """);
}
// end::main[]

JavaFileObject source(String className, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) { return code; }
    };
}

/* Output:
sender sends, receiver receives: compiles
receiver tries to send: does not compile
  line 5: cannot find symbol; symbol: method send(java.lang.String); location: variable c of type ReceiveOnly<java.lang.String>
sender tries to receive: does not compile
  line 5: cannot find symbol; symbol: method receive(); location: variable c of type SendOnly<java.lang.String>
*/

/* Sample output:
sender sends, receiver receives: compiles
receiver tries to send: does not compile
  line 5: cannot find symbol; symbol: method send(java.lang.String); location: variable c of type ReceiveOnly<java.lang.String>
sender tries to receive: does not compile
  line 5: cannot find symbol; symbol: method receive(); location: variable c of type SendOnly<java.lang.String>
*/
