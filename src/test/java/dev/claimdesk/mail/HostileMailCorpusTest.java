package dev.claimdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.mail.internal.QuarantineStore;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14's hostile mail corpus: over 300 generated mails of 26 kinds ({@link HostileMail}) sent through real SMTP
 * into the helpdesk mailbox while a claim waits for its seller. For each mail: the poller went on, and the mail was
 * either correlated to the right claim, quarantined with its reason, or ignored as automatic; never lost, never
 * counted for another claim. The outcomes per kind are written to {@code target/security/mail-corpus.md}.
 */
@ClaimDeskTest
class HostileMailCorpusTest {

    private static final Pattern MARKER = Pattern.compile("X-Corpus: ([a-z0-9-]+)-(\\d+)");
    private static final Set<String> FROM_THE_SELLER = Set.of("REPLY", "NOT_ENGLISH");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuarantineStore quarantine;

    @Autowired
    Mailbox mailbox;

    @Autowired
    PlatformProperties platform;

    @Autowired
    ProcessTestHarness harness;

    /** What became of one corpus mail: the ledger's outcome, the claim it was matched to, the quarantine reason. */
    record Fate(String outcome, String reference, String reason) {

        String label() {
            return reason == null ? outcome : outcome + " (" + reason + ")";
        }
    }

    @Test
    void everyHostileMailIsCorrelatedQuarantinedOrIgnoredAndThePollerGoesOn() throws Exception {
        var probe = ReplyProbe.deploy(context);
        var asked = probe.ask();
        String otherSeller = SellerMailbox.newSellerAddress();
        String otherReference = SellerMailbox.newClaim(jdbc, otherSeller);
        String helpdesk = platform.mail().helpdeskAddress();
        var corpus = new HostileMail(
                new HostileMail.Target(
                        asked.reference(),
                        asked.seller(),
                        asked.replyTo(),
                        asked.infoRequest().getSubject(),
                        asked.infoRequestId()),
                new HostileMail.Target(otherReference, otherSeller, null, null, null),
                helpdesk);
        int englishRequestsBefore = englishRequests(asked.seller());

        Map<String, Integer> sent = new LinkedHashMap<>();
        for (var kind : HostileMail.kinds()) {
            for (int n = 0; n < kind.count(); n++) {
                send(kind.make().apply(corpus, n), helpdesk);
            }
            sent.put(kind.name(), kind.count());
        }
        int total = sent.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isGreaterThanOrEqualTo(300);

        // each pair of same-message-id mails is one mail to the ledger: the second is recognised and skipped
        int distinct = total - sent.get("same-message-id") / 2;
        Map<String, Fate> fates = await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(2))
                .until(this::fates, found -> found.size() >= distinct);

        Map<String, Map<String, Integer>> table = new TreeMap<>();
        fates.forEach((mail, fate) ->
                table.computeIfAbsent(kindOf(mail), k -> new TreeMap<>()).merge(fate.label(), 1, Integer::sum));
        writeReport(sent, table, total);

        // nothing lost, nothing counted for a claim it does not belong to
        assertThat(fates).hasSize(distinct);
        assertThat(fates.values())
                .filteredOn(fate -> !"QUARANTINED".equals(fate.outcome()))
                .allSatisfy(fate -> assertThat(fate.reference()).isIn(null, asked.reference()));
        // a forged sender, another shop's mail or a tampered token is never the seller's reply
        for (String kind : List.of("forged-from", "token-tampered")) {
            assertThat(of(fates, kind))
                    .as(kind)
                    .allSatisfy(f -> assertThat(f.outcome()).isEqualTo("QUARANTINED"));
        }
        assertThat(of(fates, "token-replayed"))
                .filteredOn(f -> FROM_THE_SELLER.contains(f.outcome()))
                .allSatisfy(f -> assertThat(f.reference()).isEqualTo(asked.reference()));
        assertThat(of(fates, "forged-from")).extracting(Fate::reason).containsOnly("SENDER_NOT_REGISTERED");
        // machines' mail is ignored as such, the seller's empty or quoted-only mail is kept for a person
        assertThat(of(fates, "auto-reply")).extracting(Fate::outcome).containsOnly("AUTO_REPLY");
        assertThat(of(fates, "bounce")).extracting(Fate::outcome).doesNotContain("REPLY", "NOT_ENGLISH");
        assertThat(of(fates, "mail-loop")).extracting(Fate::outcome).doesNotContain("REPLY", "NOT_ENGLISH");
        assertThat(of(fates, "empty-reply")).extracting(Fate::reason).containsOnly("NO_SELLER_TEXT");
        assertThat(of(fates, "only-quoted")).extracting(Fate::reason).containsOnly("NO_SELLER_TEXT");
        assertThat(of(fates, "attachment-50mb")).extracting(Fate::reason).containsOnly("TOO_LARGE");
        assertThat(of(fates, "not-english")).extracting(Fate::outcome).containsOnly("NOT_ENGLISH");
        // twelve mails in other languages, and the seller is asked once to write in English: no loop
        assertThat(englishRequests(asked.seller()) - englishRequestsBefore).isEqualTo(1);
        // a mail delivered twice is in the claim's thread once
        for (int pair = 0; pair < sent.get("same-message-id"); pair += 2) {
            String id = HostileMail.id("same-message-id", pair);
            assertThat(mailbox.thread(asked.reference()))
                    .filteredOn(e -> id.equals(e.messageId()))
                    .hasSize(1);
        }
        // scripts, styles and tracking images never reach the agent's page as markup
        assertThat(of(fates, "html-script")).extracting(Fate::outcome).containsOnly("REPLY");
        assertThat(mailbox.thread(asked.reference()))
                .filteredOn(e -> e.messageId() != null && e.messageId().startsWith("html-script-"))
                .hasSize(sent.get("html-script"))
                .allSatisfy(e -> assertThat(e.text().shown())
                        .doesNotContain("<script", "document.cookie", "javascript:", "tracker.example")
                        .contains("The SKU is AT-"));

        // and the poller is still reading: a genuine reply of a new claim goes through
        var next = probe.ask();
        var genuine = SellerMailbox.withMessageId(
                probe.sellerBox().reply(next.infoRequest(), next.seller(), "The SKU is AT-9."),
                "after-corpus-" + System.nanoTime() + "@shop.example");
        probe.sellerBox().deliver(genuine);
        harness.awaitCompleted(next.instance(), ReplyProbe.WAITING);
    }

    /** Sends the raw bytes as they are (no MIME rewriting) through SMTP. */
    void send(byte[] raw, String helpdesk) throws Exception {
        var session = Session.getInstance(new Properties());
        var message = new MimeMessage(session, new ByteArrayInputStream(raw));
        var properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put(
                "mail.smtp.port",
                String.valueOf(dev.claimdesk.platform.internal.EmbeddedMailServer.greenMail()
                        .getSmtp()
                        .getPort()));
        properties.put("mail.smtp.from", "corpus@shop.example");
        try (var transport = Session.getInstance(properties).getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new Address[] {new InternetAddress(helpdesk)});
        }
    }

    /** The fate of every corpus mail seen so far, by "kind-n". */
    Map<String, Fate> fates() {
        Map<String, Fate> fates = new TreeMap<>();
        jdbc.query(
                "SELECT message_key, outcome, claim_reference FROM mail_inbound WHERE message_key LIKE ?",
                rs -> {
                    String key = rs.getString(1);
                    String mail = key.substring(0, key.indexOf(".corpus@"));
                    String outcome = rs.getString(2);
                    String reason = "QUARANTINED".equals(outcome)
                            ? quarantine
                                    .findByMessageKey(key)
                                    .map(q -> q.reason().name())
                                    .orElse("?")
                            : null;
                    fates.put(mail, new Fate(outcome, rs.getString(3), reason));
                },
                "%.corpus@shop.example");
        // mails that could not be parsed are kept whole under a digest: their marker says which one they were
        jdbc.query(
                "SELECT reason, raw_message FROM mail_quarantine WHERE message_key LIKE 'sha256:%'",
                rs -> {
                    Matcher marker = MARKER.matcher(new String(rs.getBytes(2), StandardCharsets.ISO_8859_1));
                    if (marker.find()) {
                        fates.putIfAbsent(
                                marker.group(1) + "-" + marker.group(2),
                                new Fate("QUARANTINED", null, rs.getString(1)));
                    }
                });
        return fates;
    }

    int englishRequests(String seller) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_message WHERE to_address = ? AND kind = 'ENGLISH_REQUEST'",
                Integer.class,
                seller);
    }

    static String kindOf(String mail) {
        return mail.substring(0, mail.lastIndexOf('-'));
    }

    static List<Fate> of(Map<String, Fate> fates, String kind) {
        return fates.entrySet().stream()
                .filter(e -> kindOf(e.getKey()).equals(kind))
                .map(Map.Entry::getValue)
                .toList();
    }

    static void writeReport(Map<String, Integer> sent, Map<String, Map<String, Integer>> table, int total)
            throws Exception {
        var out = new StringBuilder("# Hostile mail corpus: outcomes per kind\n\n");
        out.append(total)
                .append(" mails of ")
                .append(sent.size())
                .append(" kinds, sent through SMTP into the helpdesk mailbox (`HostileMailCorpusTest`).\n\n");
        out.append("| kind | mails | outcomes |\n|---|---:|---|\n");
        sent.forEach((kind, count) -> out.append("| ")
                .append(kind)
                .append(" | ")
                .append(count)
                .append(" | ")
                .append(table.getOrDefault(kind, Map.of()).entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append(" |\n"));
        Path file = Path.of("target", "security", "mail-corpus.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
    }
}
