///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS com.icegreen:greenmail:2.1.13
//DEPS org.slf4j:slf4j-nop:1.7.36

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

// tag::main[]
void sendMail(Session session, String address) throws MessagingException {
    IO.println("Sending mail to " + address);
    var message = new MimeMessage(session);
    message.setFrom(new InternetAddress("newsletter@example.com"));
    message.setRecipient(RecipientType.TO, new InternetAddress(address));
    message.setSubject("Hello, " + address);
    message.setText("This is the email body.");
    slowServer();
    Transport.send(message); // <1>
}

void main() throws Exception {
    var emails = List.of(
            "recipient1@example.com", "recipient2@example.com", "xyz@example.com",
            "ada@example.com", "grace@example.com", "linus@example.com",
            "ken@example.com", "rob@example.com");
    var greenMail = new GreenMail(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)); // <2>
    greenMail.start();
    boolean exactlyOnce;
    try {
        var props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort())); // <3>
        props.put("mail.smtp.localhost", "localhost"); // HELO name: no host name lookup
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        var session = Session.getInstance(props);

        var sends = new LinkedHashMap<String, Future<?>>();
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String email : emails) {
                sends.put(email, executor.submit(() -> {
                    sendMail(session, email);
                    return null;
                })); // <4>
            }
        } // <5>
        IO.println("sent to " + emails.size() + " addresses in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        sends.forEach((email, send) -> {
            if (send.state() == Future.State.FAILED) { // <6>
                System.err.println("could not send to " + email + ": "
                        + send.exceptionNow().getMessage().lines().findFirst()
                                .orElse(""));
            }
        });
        greenMail.waitForIncomingEmail(5_000, emails.size());

        var perRecipient = new TreeMap<String, Integer>(); // <7>
        for (MimeMessage received : greenMail.getReceivedMessages()) {
            for (var to : received.getAllRecipients()) {
                perRecipient.merge(to.toString(), 1, Integer::sum);
            }
        }
        perRecipient.forEach((address, count) -> IO.println(address + ": " + count));
        exactlyOnce = perRecipient.keySet().equals(Set.copyOf(emails))
                && perRecipient.values().stream().allMatch(count -> count == 1);
        IO.println("every recipient got exactly one message: " + exactlyOnce);
    } finally {
        greenMail.stop();
    }
    if (!exactlyOnce) System.exit(1);
}
// end::main[]

/** A real mail server takes a while to answer, where this local one answers in a millisecond: 500 ms here. */
void slowServer() {
    try {
        Thread.sleep(Duration.ofMillis(500));
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

/* Output:
@unordered
Sending mail to recipient1@example.com
Sending mail to recipient2@example.com
Sending mail to xyz@example.com
Sending mail to ada@example.com
Sending mail to grace@example.com
Sending mail to linus@example.com
Sending mail to ken@example.com
Sending mail to rob@example.com
@end
@# Each send waits 500 ms for the server, so eight sends one after another take at least
@# 4000 ms; side by side they take one wait plus Jakarta Mail's start-up. With both cores busy
@# (load 22 on 2 cores, 2026-11-29) 20 runs took 862 to 1859 ms, median 1180. The bound, 3500 ms,
@# is below what one send at a time can take and almost twice the slowest busy run; the build
@# rejects sending one at a time (src/test/fixtures/failing/BulkMailOneByOne.java).
sent to 8 addresses in {int 500..3500} ms
ada@example.com: 1
grace@example.com: 1
ken@example.com: 1
linus@example.com: 1
recipient1@example.com: 1
recipient2@example.com: 1
rob@example.com: 1
xyz@example.com: 1
every recipient got exactly one message: true
*/

/* Sample output:
Sending mail to recipient2@example.com
Sending mail to recipient1@example.com
Sending mail to xyz@example.com
Sending mail to ada@example.com
Sending mail to grace@example.com
Sending mail to linus@example.com
Sending mail to ken@example.com
Sending mail to rob@example.com
sent to 8 addresses in 828 ms
ada@example.com: 1
grace@example.com: 1
ken@example.com: 1
linus@example.com: 1
recipient1@example.com: 1
recipient2@example.com: 1
rob@example.com: 1
xyz@example.com: 1
every recipient got exactly one message: true
*/
