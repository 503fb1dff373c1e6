///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void worker() {
    try {
        Thread.sleep(Duration.ofMillis(500)); // <1>
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
    IO.println("Task Completed");
}

void main() {
    IO.println("Starting main function");
    Thread.startVirtualThread(this::worker); // <2>
    IO.println("Exiting main function");
} // <3>
// end::main[]

/* Output:
@# Broken on purpose: nothing waits for the worker. Main prints its two lines and returns;
@# the worker is a daemon virtual thread in the middle of its 500 ms "network call", and the
@# JVM exits without it. Nothing forbids a very slow shutdown, so "Task Completed" is allowed
@# after main's last line, but in practice it never appears.
@# Forbidden: "Task Completed" before "Exiting main function" (that would mean main waited).
@timeline
Starting main function
Exiting main function
@optional
Task Completed
*/

/* Sample output:
Starting main function
Exiting main function
*/
