///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void hello(String s, CountDownLatch done) { // <1>
    try {
        for (int i = 0; i < 5; i++) {
            Thread.sleep(Duration.ofMillis(10)); // <2>
            IO.println(s + " " + i);
        }
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    } finally {
        done.countDown(); // <3>
    }
}

void world(String s, CountDownLatch done) {
    try {
        for (int i = 0; i < 5; i++) {
            Thread.sleep(Duration.ofMillis(40));
            IO.println(s + " " + i);
        }
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    } finally {
        done.countDown();
    }
}

void main() throws InterruptedException {
    var done = new CountDownLatch(2); // <4>
    Thread.ofVirtual().start(() -> hello("hello", done));
    Thread.ofVirtual().start(() -> world("world", done));
    done.await(); // <5>
    IO.println("main: hello and world are both done"); // <6>
}
// end::main[]

/* Output:
@# Each word's own lines keep their order (0 to 4); the two words interleave freely.
@# main's line comes last: await() returns only after both workers counted down, each
@# after its own last line. With a latch of one, main goes on once hello is done, while
@# world, four times slower, still has lines to print.
@# False failures: none, the latch orders main's line after all ten in every run (300 of
@# 300 so, load 4 to 40 on 2 cores, uptime). The mistake it catches, CountDownLatch(1):
@# main's line still came last in 9 of 400 runs with both cores busy, load 21 to 31 (and
@# 1 of 200 at 31 to 36); 95% bound 0.039 (Clopper-Pearson, 9 of 400); all three runs
@# fooled: 0.039^3 = 5.9e-5 < 1e-4.
@runs 3
@interleave 2 by word
{word=/hello|world/} 0
{word} 1
{word} 2
{word} 3
{word} 4
@end
main: hello and world are both done
*/

/* Sample output:
hello 0
world 0
hello 1
hello 2
hello 3
world 1
hello 4
world 2
world 3
world 4
main: hello and world are both done
*/
