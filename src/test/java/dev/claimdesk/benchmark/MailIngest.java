package dev.claimdesk.benchmark;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The mail-ingest step of the throughput benchmark: seller replies to the platform's own mails (subject reference and
 * In-Reply-To, as a mail client writes them) dropped into the helpdesk mailbox through the application's SMTP server,
 * then timed until the application has read, stored and told the engine of each (mail_message rows FROM_SELLER with
 * {@code published_at} set). Delivery is not the figure: the replies are all in the mailbox before the clock starts
 * counting what the poller does with them.
 */
final class MailIngest {

    /** What the step measured: replies offered, taken in, quarantined, and the time from the first to the last. */
    record Result(int offered, long ingested, long quarantined, double seconds, double deliverSeconds) {

        double perSecond() {
            return seconds <= 0 ? Double.NaN : ingested / seconds;
        }
    }

    private record Original(String reference, String messageId, String seller, String subject) {}

    private final String jdbcUrl;
    private final int smtpPort;
    private final String helpdesk;

    MailIngest(String jdbcUrl, int smtpPort, String helpdesk) {
        this.jdbcUrl = jdbcUrl;
        this.smtpPort = smtpPort;
        this.helpdesk = helpdesk;
    }

    Result run(int replies, Duration timeout) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            List<Original> originals = originals(db, replies);
            long storedBefore = ingested(db);
            long quarantinedBefore = count(db, "SELECT COUNT(*) FROM mail_quarantine");
            long deliverStart = System.nanoTime();
            deliver(originals);
            double deliverSeconds = (System.nanoTime() - deliverStart) / 1e9;
            long deadline = System.nanoTime() + timeout.toNanos();
            long done;
            long quarantined;
            do {
                Thread.sleep(200);
                done = ingested(db) - storedBefore;
                quarantined = count(db, "SELECT COUNT(*) FROM mail_quarantine") - quarantinedBefore;
            } while (done + quarantined < originals.size() && System.nanoTime() < deadline);
            // from the first reply handed to SMTP to the last one told to the engine
            double seconds = (System.nanoTime() - deliverStart) / 1e9;
            return new Result(originals.size(), done, quarantined, seconds, deliverSeconds);
        }
    }

    /** Each claim's first mail to its seller (the acknowledgement), the newest claims first. */
    private static List<Original> originals(Connection db, int limit) throws SQLException {
        var found = new ArrayList<Original>();
        try (var query = db.prepareStatement("SELECT claim_reference, MIN(message_id), MIN(to_address), MIN(subject)"
                + " FROM mail_message WHERE direction = 'TO_SELLER' GROUP BY claim_reference"
                + " ORDER BY claim_reference DESC LIMIT ?")) {
            query.setInt(1, limit);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Original(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        return found;
    }

    /** Four SMTP connections in parallel, one message after the other on each. */
    private void deliver(List<Original> originals) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(properties);
        int senders = 4;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            var sent = new ArrayList<Future<?>>();
            for (int s = 0; s < senders; s++) {
                List<Original> share = new ArrayList<>();
                for (int i = s; i < originals.size(); i += senders) {
                    share.add(originals.get(i));
                }
                sent.add(pool.submit(() -> {
                    try (Transport transport = session.getTransport("smtp")) {
                        transport.connect();
                        Address[] to = {new InternetAddress(helpdesk)};
                        for (Original original : share) {
                            transport.sendMessage(reply(session, original), to);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private MimeMessage reply(Session session, Original original) throws MessagingException {
        var reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress(original.seller()));
        reply.setRecipients(Message.RecipientType.TO, helpdesk);
        reply.setSubject("Re: " + original.subject(), "UTF-8");
        reply.setHeader("In-Reply-To", "<" + original.messageId() + ">");
        reply.setHeader("References", "<" + original.messageId() + ">");
        reply.setText(
                "Here is the information you asked for on " + original.reference()
                        + ": the SKU was deleted on 2 December.\n\n> Dear seller,\n> " + original.subject() + "\n",
                "UTF-8");
        reply.saveChanges();
        reply.setHeader("Message-ID", "<" + UUID.randomUUID() + "@shop.example>");
        return reply;
    }

    private static long ingested(Connection db) throws SQLException {
        return count(
                db, "SELECT COUNT(*) FROM mail_message WHERE direction = 'FROM_SELLER' AND published_at IS NOT NULL");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
