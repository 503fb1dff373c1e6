///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void countToTen() {
    try {
        for (int i = 1; i <= 10; i++) {
            Thread.sleep(Duration.ofSeconds(1));
            IO.println(i);
        }
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

void main() throws InterruptedException {
    IO.println("Count to 10 if you can!");
    Thread.startVirtualThread(this::countToTen); // <1>
    Thread.sleep(Duration.ofSeconds(7)); // <2>
    IO.println("Out of time!");
} // <3>
// end::main[]

/* Output:
@# The counter prints i no earlier than i seconds after it started; main prints
@# "Out of time!" no earlier than 7 s after it started the counter, then returns, and the
@# JVM does not wait for the (daemon) virtual thread.
@# Always seen: 1 to 5 (two seconds of slack). Usually: 6 before "Out of time!". Sometimes:
@# 7 just before or just after it, while the JVM shuts down. Never: 8, 9 or 10 (they would
@# need the JVM to live on for another second), or a number out of order.
@wall 7s..8.5s
Count to 10 if you can!
1
2
3
4
5
@optional
6
@optional
7
Out of time!
@optional
7
*/

/* Sample output:
Count to 10 if you can!
1
2
3
4
5
6
Out of time!
*/
