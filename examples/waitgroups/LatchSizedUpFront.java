///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void someRoutine(String s, CountDownLatch done) {
    try { // <1>
        IO.println("Hey! Did you know the value is %s?".formatted(s)); // <2>
    } finally {
        done.countDown(); // <3>
    }
}

void main() throws InterruptedException {
    int n = 7;
    var done = new CountDownLatch(n); // <4>
    for (int i = 0; i < n; i++) {
        Thread.ofVirtual().start(() -> someRoutine("someValue", done));
    }
    done.await(); // waits for the count to reach zero
    IO.println("All finished!");
}
// end::main[]

/* Output:
@repeat 7
Hey! Did you know the value is someValue?
All finished!
*/

/* Sample output:
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
All finished!
*/
