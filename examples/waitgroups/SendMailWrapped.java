///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void sendMail(String address) { // <1>
    IO.println("Sending mail to " + address);
}

void main() throws InterruptedException {
    List<String> emails = List.of(
            "recipient1@example.com",
            "recipient2@example.com",
            "xyz@example.com");
    var queued = new CountDownLatch(emails.size());
    for (String email : emails) { // <2>
        Thread.ofVirtual().start(() -> {
            try {
                sendMail(email); // <3>
            } finally {
                queued.countDown();
            }
        });
    }
    queued.await();
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
Sending mail to recipient2@example.com
Sending mail to xyz@example.com
Sending mail to recipient1@example.com
All emails queued for sending
*/
