///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// The Java half of the chapter's side-by-side listing; SideBySide.go beside it is the Go half,
// checked against the expectation below when the build's Go is new enough to compile it.

int worker(int job) {
    IO.println("processing job " + job);
    return job * 2;
}

void main() throws InterruptedException {
    // tag::main[]
    var futures = new ArrayList<Future<Integer>>();
    try (var pool = Executors.newFixedThreadPool(3)) {
        for (int job = 0; job < 10; job++) {
            int j = job;
            futures.add(pool.submit(() -> worker(j)));
        }
    } // close(): no new jobs, then wait for the queued ones
    // end::main[]
    int sum = 0;
    for (var future : futures) {
        sum += future.resultNow();
    }
    IO.println("sum of results: " + sum);
}

/* Output:
@# Each of the ten jobs is processed once, in some order; the results of all of them are there after the wait.
@interleave 10 by job
processing job {job=int 0..9}
@end
sum of results: 90
*/

/* Sample output:
processing job 0
processing job 1
processing job 3
processing job 4
processing job 5
processing job 6
processing job 7
processing job 8
processing job 9
processing job 2
sum of results: 90
*/
