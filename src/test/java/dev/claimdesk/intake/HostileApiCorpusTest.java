package dev.claimdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.support.ClaimDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14's hostile API input: over a hundred generated requests to the intake API (wrong types, missing and extra
 * fields, odd Unicode, SQL and script payloads, path tricks in file names, content that lies about its type, replayed
 * idempotency keys, malformed JSON, wrong content types, wrong and missing tokens). None may get a server error; every
 * refusal is an RFC 7807 problem document; a refused request stores nothing; an accepted one stores the text as sent
 * and a file name without a path. The answers per kind are written to {@code target/security/api-corpus.md}.
 */
@ClaimDeskTest
class HostileApiCorpusTest {

    static final String TOKEN = "test-seller-center-token";
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppClock clock;

    final HttpClient http = HttpClient.newHttpClient();
    /** What the request being sent does, for the failure message. */
    String doing = "";

    final Map<String, Map<Integer, Integer>> table = new TreeMap<>();
    int sent;

    record Answer(int status, String contentType, String body) {}

    /** Trade types no other test claims for, so that the corpus's claims never collide with theirs. */
    static final List<String> TRADE_TYPES = List.of(
            "DOWN_PAYMENT",
            "SUBSIDY",
            "CUSTOM_CLEANING_FEE",
            "DUPLICATE_RECHARGE",
            "PAID_NOT_RECEIVED",
            "PAID_WRONG_AMOUNT",
            "INTERNATIONAL_FREIGHT_FEE",
            "WAREHOUSE_PROCESSING_FEE");

    int next;
    int checkedStored;

    /**
     * A valid bill-breakdown claim, with a text of its own, each for another trade type and period (one claim is
     * accepted per trade type and period), so that an accepted one does not turn the next into a conflict.
     */
    Map<String, Object> valid() {
        int n = next++;
        String period = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai")))
                .minusMonths(2 + (n / TRADE_TYPES.size()) % 3)
                .toString();
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "BILL_BREAKDOWN");
        body.put("shop", "nairobi-naturals");
        body.put("country", "KE");
        body.put("statementPeriod", period);
        body.put("tradeType", TRADE_TYPES.get(n % TRADE_TYPES.size()));
        body.put("amount", "120.50");
        body.put(
                "comment",
                "The commission charged for these orders is twice the agreed rate, case " + UUID.randomUUID() + ".");
        return body;
    }

    Answer send(String kind, String contentType, byte[] body, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/claims"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        long claimsBefore = claims();
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        var answer = new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        sent++;
        table.computeIfAbsent(kind, k -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
        assertThat(answer.status())
                .as(kind + " (" + doing + "): " + answer.body())
                .isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as(kind).startsWith("application/problem+json");
            assertThat(JSON.readTree(answer.body()).path("title").asText())
                    .as(kind)
                    .isNotBlank();
            assertThat(claims()).as(kind + ": a refused request stores nothing").isEqualTo(claimsBefore);
        }
        return answer;
    }

    Answer json(String kind, Object body) throws Exception {
        return json(kind, body, Map.of("Authorization", "Bearer " + TOKEN));
    }

    Answer json(String kind, Object body, Map<String, String> headers) throws Exception {
        return send(kind, "application/json", JSON.writeValueAsBytes(body), headers);
    }

    Answer mutated(String kind, UnaryOperator<Map<String, Object>> change) throws Exception {
        return json(kind, change.apply(valid()));
    }

    long claims() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class);
    }

    @Test
    void noHostileRequestGetsAServerErrorOrStoresHalfAClaim() throws Exception {
        List<String> fields =
                List.of("category", "shop", "country", "statementPeriod", "tradeType", "amount", "comment");
        List<Object> wrongValues = List.of(42, true, List.of("a"), Map.of("x", 1), "", "x".repeat(10_000));
        for (String field : fields) {
            for (Object wrong : wrongValues) {
                doing = field + " = "
                        + String.valueOf(wrong)
                                .substring(0, Math.min(20, String.valueOf(wrong).length()));
                mutated("wrong type or value", b -> {
                    b.put(field, wrong);
                    return b;
                });
            }
            var missing = mutated("missing field", b -> {
                b.remove(field);
                return b;
            });
            assertThat(missing.status()).as("without " + field).isEqualTo(422);
            assertThat(missing.body()).as("names " + field).contains(field);
            mutated("null field", b -> {
                b.put(field, null);
                return b;
            });
        }

        // extra fields are not the client's to set: never its reference or status
        var extra = mutated("extra fields", b -> {
            b.put("reference", "CLM-2099-000001");
            b.put("status", "ACCEPTED");
            b.put("processInstanceKey", 1);
            b.put("__proto__", Map.of("admin", true));
            return b;
        });
        if (extra.status() < 300) {
            assertThat(extra.body()).doesNotContain("CLM-2099-000001").doesNotContain("\"ACCEPTED\"");
        }

        List<String> odd = List.of(
                "Please check the fee \u202Egnp.exe\u202C for order 42, it is wrong.",
                "Please\u200B check\u200D the\uFEFF commission, it is twice the agreed rate.",
                "Please check the fee: cafe\u0301 e\u0301\u0301\u0301\u0301 the rate is twice what we agreed.",
                "Please check the commission \uD83D\uDCE6\uD83D\uDCB8 \uD800\uDF48, it is twice the agreed rate.",
                "Please check the commission'; DROP TABLE claim; -- it is twice the agreed rate.",
                "Please check <script>alert(document.cookie)</script> the commission, it is twice the rate.",
                "Please check the commission \" OR 1=1 -- /* it is twice the agreed rate */.",
                "Please check the commission ${7*7} #{7*7} [[${7*7}]] it is twice the agreed rate.");
        for (String text : odd) {
            var answer = mutated("odd Unicode, SQL and script in text", b -> {
                b.put("comment", text + " " + UUID.randomUUID());
                return b;
            });
            if (answer.status() == 201) {
                String reference =
                        JSON.readTree(answer.body()).path("reference").asText();
                String stored = jdbc.queryForObject(
                        "SELECT f.value FROM claim_field f JOIN claim c ON c.id = f.claim_id"
                                + " WHERE c.reference = ? AND f.field = 'COMMENT'",
                        String.class,
                        reference);
                assertThat(stored).as("kept as sent").startsWith(text);
                checkedStored++;
            }
        }
        for (String shop :
                List.of("nairobi-naturals' OR '1'='1", "../nairobi-naturals", "<b>x</b>", "NAIROBI-NATURALS")) {
            mutated("SQL and path in identifiers", b -> {
                b.put("shop", shop);
                return b;
            });
        }

        for (String name : List.of(
                "../../etc/passwd.pdf",
                "..\\..\\windows\\win.ini.pdf",
                "/abs/path.pdf",
                "a\u0000b.pdf",
                "con.pdf",
                "x".repeat(300) + ".pdf",
                "invoice.pdf\u202Eexe",
                "   .pdf")) {
            var answer = mutated("path tricks in file names", b -> {
                b.put("attachments", List.of(IntakeApiTest.attachment("EVIDENCE", name, PDF)));
                return b;
            });
            if (answer.status() == 201) {
                String reference =
                        JSON.readTree(answer.body()).path("reference").asText();
                List<String> stored = jdbc.queryForList(
                        "SELECT a.filename FROM claim_attachment a JOIN claim c ON c.id = a.claim_id"
                                + " WHERE c.reference = ?",
                        String.class,
                        reference);
                assertThat(stored).allSatisfy(f -> assertThat(f).doesNotContain("/", "\\", "\u0000"));
                checkedStored++;
            }
        }
        // a real image or PDF under the other's name is kept as what its bytes are, never as what its name says
        for (Object[] swapped : List.of(
                new Object[] {"invoice.pdf", IntakeApiTest.PNG, "image/png"},
                new Object[] {"photo.png", PDF, "application/pdf"})) {
            var answer = mutated("content that lies about its type", b -> {
                b.put("attachments", List.of(IntakeApiTest.attachment("EVIDENCE", (String) swapped[0], (byte[])
                        swapped[1])));
                return b;
            });
            if (answer.status() == 201) {
                String reference =
                        JSON.readTree(answer.body()).path("reference").asText();
                assertThat(jdbc.queryForList(
                                "SELECT a.content_type FROM claim_attachment a JOIN claim c ON c.id = a.claim_id"
                                        + " WHERE c.reference = ?",
                                String.class,
                                reference))
                        .containsExactly((String) swapped[2]);
                checkedStored++;
            }
        }
        List<Object[]> lies = List.of(
                new Object[] {"statement.pdf", "<html><script>alert(1)</script></html>".getBytes()},
                new Object[] {"statement.pdf", "MZ\u0090\u0000 not a pdf".getBytes()},
                new Object[] {"statement.pdf", new byte[0]});
        for (Object[] lie : lies) {
            var answer = mutated("content that lies about its type", b -> {
                b.put("attachments", List.of(IntakeApiTest.attachment("EVIDENCE", (String) lie[0], (byte[]) lie[1])));
                return b;
            });
            assertThat(answer.status()).as((String) lie[0]).isBetween(400, 499);
        }
        mutated("content that lies about its type", b -> {
            b.put("attachments", List.of(Map.of("kind", "EVIDENCE", "filename", "a.pdf", "content", "%%%not-base64")));
            return b;
        });

        // the same idempotency key with another body is refused, not answered with the first claim
        String key = "corpus-" + UUID.randomUUID();
        var headers = Map.of("Authorization", "Bearer " + TOKEN, "Idempotency-Key", key);
        var first = json("replayed idempotency key", valid(), headers);
        var replayed = json("replayed idempotency key", valid(), headers);
        if (first.status() == 201) {
            assertThat(replayed.status()).isBetween(400, 499);
            checkedStored++;
        }

        for (String bad : List.of(
                "{",
                "{\"category\": ",
                "[]",
                "\"text\"",
                "42",
                "null",
                "{\"a\":1} trailing",
                "{'single': 'quotes'}",
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"comment\": \"\\ud800\"}")) {
            var answer = send(
                    "malformed JSON",
                    "application/json",
                    bad.getBytes(StandardCharsets.UTF_8),
                    Map.of("Authorization", "Bearer " + TOKEN));
            assertThat(answer.status())
                    .as(bad.length() > 40 ? bad.substring(0, 40) : bad)
                    .isBetween(400, 499);
        }
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded")) {
            var answer = send(
                    "wrong content type",
                    type,
                    JSON.writeValueAsBytes(valid()),
                    Map.of("Authorization", "Bearer " + TOKEN));
            assertThat(answer.status()).as(type).isBetween(400, 499);
        }
        send("wrong content type", null, JSON.writeValueAsBytes(valid()), Map.of("Authorization", "Bearer " + TOKEN));

        for (var auth : List.of(
                Map.<String, String>of(),
                Map.of("Authorization", "Bearer wrong-token"),
                Map.of("Authorization", "Bearer "),
                Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes())),
                Map.of("Authorization", TOKEN),
                Map.of("Authorization", "Bearer " + TOKEN + "x"))) {
            var answer = json("wrong or missing token", valid(), auth);
            assertThat(answer.status()).as(auth.toString()).isEqualTo(401);
        }
        // another shop's token cannot raise this shop's claim
        var foreign = json("another shop's token", valid(), Map.of("Authorization", "Bearer test-lagos-token"));
        assertThat(foreign.status()).isBetween(400, 499);

        writeReport();
        assertThat(sent).isGreaterThanOrEqualTo(100);
        // enough of the accepted ones were looked at in the database (text as sent, file names without paths)
        assertThat(checkedStored).isGreaterThanOrEqualTo(5);
    }

    void writeReport() throws Exception {
        var out = new StringBuilder("# Hostile API corpus: answers per kind\n\n");
        out.append(sent)
                .append(
                        " requests to `POST /api/v1/claims` (`HostileApiCorpusTest`); no answer was a server error.\n\n");
        out.append("| kind | requests | answers (status: count) |\n|---|---:|---|\n");
        table.forEach((kind, answers) -> out.append("| ")
                .append(kind)
                .append(" | ")
                .append(answers.values().stream().mapToInt(Integer::intValue).sum())
                .append(" | ")
                .append(answers.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append(" |\n"));
        Path file = Path.of("target", "security", "api-corpus.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
    }
}
