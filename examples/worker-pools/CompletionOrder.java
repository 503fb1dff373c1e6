///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
record Result(int job, int doubled) {}

Result worker(int job) throws InterruptedException {
    Thread.sleep(Duration.ofMillis(100L * (1 + job * 3 % 10))); // <1>
    return new Result(job, job * 2);
}

void main() throws Exception {
    long start = System.nanoTime();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        var completion = new ExecutorCompletionService<Result>(executor); // <2>
        for (int job = 0; job < 10; job++) {
            int j = job;
            completion.submit(() -> worker(j));
        }
        for (int i = 0; i < 10; i++) {
            Result r = completion.take().get(); // <3>
            if (i == 0) IO.println("first result after " + since(start));
            IO.println("job " + r.job() + " -> result " + r.doubled());
        }
        IO.println("last result after " + since(start));
    }
}

Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start).truncatedTo(ChronoUnit.MILLIS);
}
// end::main[]

/* Output:
@# Jobs take 100 ms to 1 s. The first result is there long before the slowest job ends.
first result after {duration 0.1s..0.6s}
@unordered
job 0 -> result 0
job 1 -> result 2
job 2 -> result 4
job 3 -> result 6
job 4 -> result 8
job 5 -> result 10
job 6 -> result 12
job 7 -> result 14
job 8 -> result 16
job 9 -> result 18
@end
last result after {duration 1.0s..2s}
*/

/* Sample output:
first result after PT0.421S
job 0 -> result 0
job 7 -> result 14
job 4 -> result 8
job 1 -> result 2
job 8 -> result 16
job 5 -> result 10
job 2 -> result 4
job 9 -> result 18
job 6 -> result 12
job 3 -> result 6
last result after PT1.321S
*/
