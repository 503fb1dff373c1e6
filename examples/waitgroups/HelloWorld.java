///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void hello(String s, CountDownLatch done) { // <1>
    try {
        for (int i = 0; i < 5; i++) {
            IO.println(s + " " + i);
        }
    } finally {
        done.countDown(); // <2>
    }
}

void world(String s, CountDownLatch done) {
    try {
        for (int i = 0; i < 5; i++) {
            IO.println(s + " " + i);
        }
    } finally {
        done.countDown();
    }
}

void main() throws InterruptedException {
    var done = new CountDownLatch(2); // <3>
    Thread.ofVirtual().start(() -> hello("hello", done));
    Thread.ofVirtual().start(() -> world("world", done));
    done.await(); // <4>
}
// end::main[]

/* Output:
@# Each word's own lines keep their order (0 to 4); the two words interleave freely.
@interleave 2 by word
{word=/hello|world/} 0
{word} 1
{word} 2
{word} 3
{word} 4
@end
*/

/* Sample output:
hello 0
hello 1
hello 2
hello 3
hello 4
world 0
world 1
world 2
world 3
world 4
*/
