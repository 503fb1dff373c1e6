///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void sendMail(String address, CountDownLatch queued) { // <1>
    try {
        IO.println("Sending mail to " + address); // the real SMTP version is in chapter 6
    } finally {
        queued.countDown(); // <2>
    }
}

void main() throws InterruptedException {
    List<String> emails = List.of(
            "recipient1@example.com",
            "recipient2@example.com",
            "xyz@example.com");
    var queued = new CountDownLatch(emails.size()); // <3>
    for (String email : emails) {
        Thread.ofVirtual().start(() -> sendMail(email, queued));
    }
    queued.await(); // <4>
    IO.println("All emails queued for sending");
}
// end::main[]

/* Output:
@unordered
Sending mail to recipient1@example.com
Sending mail to recipient2@example.com
Sending mail to xyz@example.com
@end
All emails queued for sending
*/

/* Sample output:
Sending mail to recipient1@example.com
Sending mail to xyz@example.com
Sending mail to recipient2@example.com
All emails queued for sending
*/
