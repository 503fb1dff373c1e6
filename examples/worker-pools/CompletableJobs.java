///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
int worker(int job) {
    if (job == 7) throw new IllegalStateException("no input for job 7"); // <1>
    return job * 2;
}

void main() {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        List<CompletableFuture<Integer>> results = IntStream.range(0, 10)
                .mapToObj(job ->
                        CompletableFuture.supplyAsync(() -> worker(job), executor)) // <2>
                .toList();
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)) // <3>
                .exceptionally(firstError -> null)
                .join();
        int total = 0;
        for (int job = 0; job < 10; job++) {
            var result = results.get(job);
            switch (result.state()) { // <4>
                case SUCCESS -> {
                    total += result.resultNow();
                    IO.println("job " + job + " -> result " + result.resultNow());
                }
                case FAILED -> IO.println(
                        "job " + job + " failed: " + result.exceptionNow().getMessage());
                default -> throw new AssertionError(
                        "allOf returned before job " + job + " finished");
            }
        }
        IO.println("total of the successful results: " + total);
    }
}
// end::main[]

/* Output:
job 0 -> result 0
job 1 -> result 2
job 2 -> result 4
job 3 -> result 6
job 4 -> result 8
job 5 -> result 10
job 6 -> result 12
job 7 failed: no input for job 7
job 8 -> result 16
job 9 -> result 18
total of the successful results: 76
*/

/* Sample output:
job 0 -> result 0
job 1 -> result 2
job 2 -> result 4
job 3 -> result 6
job 4 -> result 8
job 5 -> result 10
job 6 -> result 12
job 7 failed: no input for job 7
job 8 -> result 16
job 9 -> result 18
total of the successful results: 76
*/
