///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void main() {
    var latch = new CountDownLatch(2);
    for (int i = 1; i <= 3; i++) {
        latch.countDown(); // <1>
        IO.println("latch, countDown " + i + ": count = " + latch.getCount());
    }

    var phaser = new Phaser(2);
    for (int i = 1; i <= 3; i++) {
        int phase = phaser.arriveAndDeregister(); // <2>
        IO.println("phaser, arriveAndDeregister " + i + ": returned " + phase
                + ", parties = " + phaser.getRegisteredParties()
                + (phaser.isTerminated() ? ", terminated" : ""));
    }

    var empty = new Phaser(); // <3>
    try {
        empty.arrive();
    } catch (IllegalStateException e) {
        IO.println("empty phaser, arrive: " + e.getMessage());
    }
}
// end::main[]

/* Output:
latch, countDown 1: count = 1
latch, countDown 2: count = 0
latch, countDown 3: count = 0
phaser, arriveAndDeregister 1: returned 0, parties = 1
phaser, arriveAndDeregister 2: returned 0, parties = 0, terminated
phaser, arriveAndDeregister 3: returned {/-[0-9]+/}, parties = 0, terminated
empty phaser, arrive: Attempted arrival of unregistered party for java.util.concurrent.Phaser@{/[0-9a-f]+/}[phase = 0 parties = 0 arrived = 0]
*/

/* Sample output:
latch, countDown 1: count = 1
latch, countDown 2: count = 0
latch, countDown 3: count = 0
phaser, arriveAndDeregister 1: returned 0, parties = 1
phaser, arriveAndDeregister 2: returned 0, parties = 0, terminated
phaser, arriveAndDeregister 3: returned -2147483647, parties = 0, terminated
empty phaser, arrive: Attempted arrival of unregistered party for java.util.concurrent.Phaser@55f96302[phase = 0 parties = 0 arrived = 0]
*/
