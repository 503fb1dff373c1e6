///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
record Result(int job, int value) {}

final int NO_MORE_JOBS = -1; // <1>

void worker(int id, BlockingQueue<Integer> jobs, BlockingQueue<Result> results)
        throws InterruptedException {
    for (int job = jobs.take(); job != NO_MORE_JOBS; job = jobs.take()) { // <2>
        IO.println("worker " + id + " processing job " + job);
        Thread.sleep(ThreadLocalRandom.current().nextInt(500)); // simulate work
        results.put(new Result(job, job * 2));
    }
}

void main() throws InterruptedException {
    BlockingQueue<Integer> jobs = new ArrayBlockingQueue<>(100); // <3>
    BlockingQueue<Result> results = new ArrayBlockingQueue<>(100);
    int workers = 3;
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int w = 0; w < workers; w++) {
            int id = w;
            executor.submit(() -> {
                worker(id, jobs, results);
                return null;
            });
        }
        for (int job = 0; job < 10; job++) {
            jobs.put(job);
        }
        for (int w = 0; w < workers; w++) {
            jobs.put(NO_MORE_JOBS); // <4>
        }
        for (int i = 0; i < 10; i++) {
            Result r = results.take(); // <5>
            IO.println("result of job " + r.job() + ": " + r.value());
        }
    } // <6>
}
// end::main[]

/* Output:
@# Each job 0..9 is processed exactly once, by one of the three workers, and each result is
@# twice its job. Which worker takes which job, and the order of all twenty lines, vary.
@# Also true but not checked here: a job's "processing" line comes before its "result" line,
@# and each worker takes its jobs in increasing order (the queue is first in, first out).
@unordered
worker {int 0..2} processing job 0
worker {int 0..2} processing job 1
worker {int 0..2} processing job 2
worker {int 0..2} processing job 3
worker {int 0..2} processing job 4
worker {int 0..2} processing job 5
worker {int 0..2} processing job 6
worker {int 0..2} processing job 7
worker {int 0..2} processing job 8
worker {int 0..2} processing job 9
result of job 0: 0
result of job 1: 2
result of job 2: 4
result of job 3: 6
result of job 4: 8
result of job 5: 10
result of job 6: 12
result of job 7: 14
result of job 8: 16
result of job 9: 18
@end
*/

/* Sample output:
worker 1 processing job 0
worker 2 processing job 1
worker 0 processing job 2
result of job 1: 2
worker 2 processing job 3
result of job 0: 0
worker 1 processing job 4
result of job 2: 4
worker 0 processing job 5
result of job 5: 10
worker 0 processing job 6
result of job 3: 6
worker 2 processing job 7
result of job 6: 12
worker 0 processing job 8
result of job 4: 8
worker 1 processing job 9
result of job 9: 18
result of job 7: 14
result of job 8: 16
*/
