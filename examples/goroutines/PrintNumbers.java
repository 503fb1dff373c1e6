///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void printNumber(int n) {
    try {
        for (int i = 0; i < 5; i++) {
            IO.println("task " + n + ": count " + i);
            Thread.sleep(Duration.ofMillis(100)); // simulate work
        }
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

void main() throws InterruptedException {
    var builder = Thread.ofVirtual().name("printNumber-", 1); // <1>
    Thread first = builder.start(() -> printNumber(1));
    Thread second = builder.start(() -> printNumber(2));
    first.join(); // <2>
    second.join();
    IO.println("Program finished.");
}
// end::main[]

/* Output:
@# Each task counts 0 to 4 in order; the two tasks interleave in any way (with equal
@# 100 ms sleeps they usually alternate, but which of a pair prints first varies).
@# Joining both makes "Program finished." the last line, every time.
@interleave 2 by n
task {n=int 1..2}: count 0
task {n}: count 1
task {n}: count 2
task {n}: count 3
task {n}: count 4
@end
Program finished.
*/

/* Sample output:
task 2: count 0
task 1: count 0
task 2: count 1
task 1: count 1
task 2: count 2
task 1: count 2
task 1: count 3
task 2: count 3
task 1: count 4
task 2: count 4
Program finished.
*/
