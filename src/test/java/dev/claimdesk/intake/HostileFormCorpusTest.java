package dev.claimdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dev.claimdesk.support.ClaimDeskTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Issue 14's hostile input on the seller's web form: odd Unicode, script, SQL and template payloads in every text
 * field, overlong values, path tricks and lying content in files, forged, expired and missing link signatures, a
 * missing CSRF token. None may get a server error; a refusal is the form with its messages (422) or 403; the seller's
 * text comes back escaped; a refused post stores nothing.
 */
@ClaimDeskTest
class HostileFormCorpusTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SellerLinks links;

    @Autowired
    JdbcTemplate jdbc;

    final Map<String, Map<Integer, Integer>> table = new TreeMap<>();
    int sent;

    record Link(String shop, String expires, String sig) {}

    Link link(String shop) {
        var m = Pattern.compile("shop=([^&]+)&expires=(\\d+)&sig=([0-9a-f]+)").matcher(links.formLink(shop));
        assertThat(m.find()).isTrue();
        return new Link(m.group(1), m.group(2), m.group(3));
    }

    MockMultipartHttpServletRequestBuilder form(Link link, Map<String, String> fields) {
        var request = multipart("/seller/claims");
        request.param("shop", link.shop()).param("expires", link.expires()).param("sig", link.sig());
        request.param("formKey", UUID.randomUUID().toString());
        request.param("category", "BILL_BREAKDOWN");
        request.param("statementPeriod", "2026-13");
        fields.forEach(request::param);
        return request;
    }

    String post(String kind, MockMultipartHttpServletRequestBuilder request, boolean withCsrf) throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class);
        var response = mvc.perform(withCsrf ? request.with(csrf()) : request)
                .andReturn()
                .getResponse();
        sent++;
        table.computeIfAbsent(kind, k -> new TreeMap<>()).merge(response.getStatus(), 1, Integer::sum);
        assertThat(response.getStatus()).as(kind).isLessThan(500);
        if (response.getStatus() >= 400) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class))
                    .as(kind + ": a refused post stores nothing")
                    .isEqualTo(before);
        }
        return response.getContentAsString();
    }

    @Test
    void noHostileFormPostGetsAServerErrorOrShowsTheSellersTextUnescaped() throws Exception {
        Link link = link("nairobi-naturals");
        List<String> payloads = List.of(
                "<script>alert('x')</script>",
                "\"><img src=x onerror=alert(1)>",
                "'; DROP TABLE claim; --",
                "${7*7} [[${7*7}]] #{7*7} __${7*7}__",
                "\u202Egnp.exe\u202C zero\u200Bwidth e\u0301\u0301 \uD83D\uDCE6",
                "x".repeat(20_000));
        List<String> fields = List.of("comment", "amount", "tradeType", "statementPeriod", "orderNumber", "sku");
        for (String field : fields) {
            for (String payload : payloads) {
                String page = post("payloads in fields", form(link, Map.of(field, payload)), true);
                assertThat(page).doesNotContain("<script>alert(", "<img src=x onerror", "[[49]]");
            }
        }
        for (String name :
                List.of("../../etc/passwd.pdf", "..\\win.ini.pdf", "a\u0000b.pdf", "x".repeat(300) + ".pdf")) {
            var request = form(link, Map.of("comment", "The commission doubled for these orders in March."));
            request.file(new MockMultipartFile("evidence", name, "application/pdf", "%PDF-1.4 x".getBytes()));
            post("path tricks in file names", request, true);
        }
        for (byte[] lie :
                List.of("<html><script>alert(1)</script>".getBytes(), "MZ not a pdf".getBytes(), new byte[0])) {
            var request = form(link, Map.of("comment", "The commission doubled for these orders in March."));
            request.file(new MockMultipartFile("evidence", "statement.pdf", "application/pdf", lie));
            post("content that lies about its type", request, true);
        }
        // forged, expired, another shop's and missing signatures, and a post without its CSRF token
        var forged = List.of(
                new Link(link.shop(), link.expires(), "0".repeat(link.sig().length())),
                new Link("lagos-lights", link.expires(), link.sig()),
                new Link(link.shop(), String.valueOf(Long.parseLong(link.expires()) + 86_400), link.sig()),
                new Link(link.shop(), "1", link.sig()),
                new Link(link.shop(), link.expires(), ""));
        for (Link bad : forged) {
            var request = form(bad, Map.of("comment", "The commission doubled for these orders in March."));
            post("forged or expired link", request, true);
            assertThat(table.get("forged or expired link")).containsOnlyKeys(403);
        }
        post("missing CSRF token", form(link, Map.of("comment", "The commission doubled in March.")), false);
        assertThat(table.get("missing CSRF token")).containsOnlyKeys(403);

        assertThat(sent).isEqualTo(49);
        System.out.println("Hostile form corpus: " + sent + " posts, answers " + table);
    }
}
