///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

import java.util.zip.GZIPOutputStream;

// tag::main[]
record Compressed(Path source, long bytesIn, long bytesOut) {}

Compressed compress(Path source, Path outDir) throws IOException { // <1>
    Path target = outDir.resolve(source.getFileName() + ".gz");
    try (var in = Files.newInputStream(source);
         var out = new GZIPOutputStream(
                 Files.newOutputStream(target, StandardOpenOption.CREATE_NEW))) {
        in.transferTo(out);
    }
    return new Compressed(source, Files.size(source), Files.size(target));
}

void main(String[] args) throws IOException {
    if (args.length == 0) {
        System.err.println("usage: CompressFiles FILE...");
        System.exit(2);
    }
    Path outDir = Files.createTempDirectory("compressed"); // <2>
    var results = new ArrayList<Future<Compressed>>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String name : args) {
            results.add(executor.submit(() -> compress(Path.of(name), outDir))); // <3>
        }
    } // <4>
    int compressed = 0;
    for (int i = 0; i < args.length; i++) {
        Future<Compressed> result = results.get(i);
        switch (result.state()) { // <5>
            case SUCCESS -> {
                Compressed c = result.resultNow();
                IO.println(c.source() + ": " + c.bytesIn() + " -> " + c.bytesOut()
                        + " bytes");
                compressed++;
            }
            case FAILED -> System.err.println(
                    "compress: " + args[i] + ": " + reason(result.exceptionNow()));
            default -> throw new IllegalStateException(
                    "still running after close: " + args[i]);
        }
    }
    IO.println("Compressed " + compressed + " files into " + outDir);
    if (compressed < args.length) {
        System.exit(1); // <6>
    }
}
// end::main[]

String reason(Throwable e) {
    return switch (e) {
        case NoSuchFileException _ -> "no such file";
        case AccessDeniedException _ -> "permission denied";
        case FileAlreadyExistsException _ -> "named twice (or two files share this name)";
        default -> e.getMessage();
    };
}

/* Output:
@args examples/waitgroups/data/harbour.txt examples/waitgroups/data/orchard.txt examples/waitgroups/data/lighthouse.txt
@# Results are reported in argument order, after every task has finished.
examples/waitgroups/data/harbour.txt: 2002 -> {int 1..2001} bytes
examples/waitgroups/data/orchard.txt: 1944 -> {int 1..1943} bytes
examples/waitgroups/data/lighthouse.txt: 1875 -> {int 1..1874} bytes
Compressed 3 files into {word}
*/

/* Output, with a missing file and a directory:
@args examples/waitgroups/data/harbour.txt examples/waitgroups/data/missing.txt examples/waitgroups/data
@# The good file is still compressed and reported; each bad one gives one line on standard
@# error, in argument order, and the exit code says that something failed.
@exit 1
examples/waitgroups/data/harbour.txt: 2002 -> {int 1..2001} bytes
Compressed 1 files into {word}
@stderr
compress: examples/waitgroups/data/missing.txt: no such file
compress: examples/waitgroups/data: Is a directory
*/

/* Sample output:
examples/waitgroups/data/harbour.txt: 2002 -> 996 bytes
examples/waitgroups/data/orchard.txt: 1944 -> 959 bytes
examples/waitgroups/data/lighthouse.txt: 1875 -> 950 bytes
Compressed 3 files into /tmp/compressed12524489366704333222
*/
