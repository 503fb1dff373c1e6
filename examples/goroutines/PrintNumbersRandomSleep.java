///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void printNumber(int n) {
    try {
        for (int i = 0; i < 5; i++) {
            IO.println("task " + n + ": count " + i);
            Thread.sleep(ThreadLocalRandom.current().nextInt(300)); // <1>
        }
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

void main() {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int n = 1; n <= 3; n++) {
            int task = n;
            executor.execute(() -> printNumber(task)); // <2>
        }
    } // <3>
    IO.println("Program finished.");
}
// end::main[]

/* Output:
@# Three tasks, five counts each, random pauses: each task's counts stay in order, the
@# tasks interleave in a different way on every run, and "Program finished." is last.
@interleave 3 by n
task {n=int 1..3}: count 0
task {n}: count 1
task {n}: count 2
task {n}: count 3
task {n}: count 4
@end
Program finished.
*/

/* Sample output:
task 1: count 0
task 2: count 0
task 3: count 0
task 2: count 1
task 2: count 2
task 1: count 1
task 2: count 3
task 3: count 1
task 3: count 2
task 1: count 2
task 2: count 4
task 3: count 3
task 3: count 4
task 1: count 3
task 1: count 4
Program finished.
*/
