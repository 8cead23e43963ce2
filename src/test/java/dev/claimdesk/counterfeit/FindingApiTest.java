package dev.claimdesk.counterfeit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.support.ApiClient;
import dev.claimdesk.support.ClaimDeskTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The findings API for brand-protection systems (token, idempotency key, problem documents naming the fields) and who
 * may use the findings pages.
 */
@ClaimDeskTest
class FindingApiTest {

    static final String TOKEN = "test-brand-protection-token";
    static final String PATH = "/api/brand-protection/findings";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Orders orders;

    @Autowired
    Findings findings;

    @Autowired
    ClaimIntake intake;

    ApiClient api;
    CounterfeitFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new CounterfeitFixtures(orders, findings, intake);
    }

    Map<String, Object> body(CounterfeitFixtures.Item item) {
        var body = new LinkedHashMap<String, Object>();
        body.put("shop", item.shop().code());
        body.put("country", item.country());
        body.put("orderNumber", item.orderNumber());
        body.put("sku", item.sku());
        body.put("penaltyAmount", 1200.50);
        body.put("reason", "A test purchase showed a counterfeit brand label on this product.");
        body.put("evidence", "Report BR-77 of the brand owner, with photos of the test purchase.");
        return body;
    }

    ApiClient.Response send(Object body, String token, String key) {
        var headers = new LinkedHashMap<String, String>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        return api.send("POST", PATH, body, headers);
    }

    @Test
    void aSystemRecordsAFindingOncePerIdempotencyKey() {
        var item = fixtures.nextItem();
        var body = body(item);
        String key = UUID.randomUUID().toString();

        var created = send(body, TOKEN, key);
        assertThat(created.status()).isEqualTo(201);
        String reference = created.body().get("reference").asText();
        assertThat(reference).matches("CFN-\\d{4}-\\d{6}");
        assertThat(created.headers().get("location")).containsExactly(PATH + "/" + reference);
        assertThat(created.body().get("currency").asText())
                .as("the shop's currency")
                .isEqualTo(item.shop().currency());
        assertThat(created.body().get("history").get(0).get("event").asText()).isEqualTo("recorded");

        var again = send(body, TOKEN, key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("reference").asText()).isEqualTo(reference);

        body.put("penaltyAmount", 99);
        var reused = send(body, TOKEN, key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().get("detail").asText()).contains("already used for a different finding");

        var read = api.send("GET", PATH + "/" + reference, null, Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("statusLabel").asText()).isNotBlank();
    }

    @Test
    void wrongFindingsAreProblemsNamingEachField() {
        var item = fixtures.nextItem();
        var body = body(item);
        body.put("orderNumber", "NG-000000");
        body.put("penaltyAmount", -5);
        body.remove("reason");

        var refused = send(body, TOKEN, UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.headers().get("content-type").getFirst()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactly("orderNumber", "penaltyAmount", "reason");
        assertThat(refused.body().get("errors").get(0).get("message").asText()).isEqualTo("No order NG-000000.");

        var keyless = send(body(item), TOKEN, null);
        assertThat(keyless.status()).isEqualTo(422);
        assertThat(keyless.body().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");

        var unreadable = api.send(
                "POST", PATH, "not a finding", Map.of("Authorization", "Bearer " + TOKEN, "Idempotency-Key", "x"));
        assertThat(unreadable.status()).isEqualTo(400);

        var missing = api.send("GET", PATH + "/CFN-2000-000001", null, Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void theApiNeedsABrandProtectionToken() {
        var body = body(fixtures.nextItem());
        assertThat(send(body, null, "k").status()).isEqualTo(401);
        assertThat(send(body, "test-seller-center-token", "k").status()).isEqualTo(401);
        assertThat(send(body, null, "k").body().get("detail").asText()).contains("Bearer");
    }

    @Test
    void theFindingPagesAreForBrandProtectionAndThoseWhoOverseeIt() throws Exception {
        var brand = user("bea").roles("BRAND_PROTECTION");
        mvc.perform(get("/findings").with(brand))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Counterfeit findings")));
        mvc.perform(get("/findings/new").with(brand)).andExpect(status().isOk());
        mvc.perform(get("/findings").with(user("sam").roles("SUPERVISOR"))).andExpect(status().isOk());
        mvc.perform(get("/findings/new").with(user("sam").roles("SUPERVISOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/findings").with(user("amina").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/findings")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/findings").with(brand).param("shop", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/findings").with(brand).with(csrf()).param("shop", "nowhere"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No shop &#39;nowhere&#39;")));
        mvc.perform(get("/findings/CFN-2000-000001").with(brand)).andExpect(status().isNotFound());
    }
}
