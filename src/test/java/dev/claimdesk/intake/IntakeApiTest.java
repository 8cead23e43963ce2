package dev.claimdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.orders.Order;
import dev.claimdesk.orders.OrderSummary;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.ShippingType;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.support.ApiClient;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The intake API over real HTTP: every category's happy path and each rule's refusal, idempotency, load. */
@ClaimDeskTest
class IntakeApiTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final String TOKEN = "test-seller-center-token";

    @LocalServerPort
    int port;

    @Autowired
    Orders orders;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Claims claims;

    @Autowired
    AppClock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    ApiClient.Response post(Map<String, Object> body) {
        return post(body, TOKEN, null);
    }

    ApiClient.Response post(Map<String, Object> body, String token, String idempotencyKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return api.send("POST", "/api/v1/claims", body, headers);
    }

    static Map<String, Object> attachment(String kind, String filename, byte[] content) {
        return Map.of(
                "kind",
                kind,
                "filename",
                filename,
                "content",
                Base64.getEncoder().encodeToString(content));
    }

    /** An order of the shop matching the condition, found through the order service like an agent would. */
    Order orderOf(String shop, Predicate<OrderSummary> condition) {
        for (int page = 0; page < 20; page++) {
            for (OrderSummary summary : orders.ordersOfShop(shop, page, 100).orders()) {
                if (condition.test(summary)) {
                    return orders.order(summary.orderNumber());
                }
            }
        }
        throw new IllegalStateException("no such order of " + shop + " in the demo data");
    }

    boolean recent(OrderSummary o, int days) {
        return o.createdAt().isAfter(clock.instant().minus(Duration.ofDays(days)));
    }

    String lastMonth() {
        return YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai")))
                .minusMonths(1)
                .toString();
    }

    Map<String, Object> cancelWrongOrder() {
        Order order = orders.order("NG-240001");
        return new LinkedHashMap<>(Map.of(
                "category",
                "CANCEL_WRONG_ORDER",
                "shop",
                order.shop(),
                "country",
                "NG",
                "orderNumber",
                order.orderNumber(),
                "sku",
                order.items().getFirst().sku(),
                "reason",
                "sku-deleted-still-orders",
                "comment",
                "We deleted this SKU on the seller center last week."));
    }

    java.time.LocalDate today() {
        return clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    /** A wrong-product claim on one of Lagos Lights' orders, with a photo. */
    Map<String, Object> wrongProductReturned(java.time.LocalDate pickupDate) {
        Order order = orderOf("lagos-lights", o -> true);
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "WRONG_PRODUCT_RETURNED");
        body.put("shop", "lagos-lights");
        body.put("country", "NG");
        body.put("orderNumber", order.orderNumber());
        body.put("sku", order.items().getFirst().sku());
        body.put("rtvRequest", "RTV-88123");
        body.put("pickupDate", pickupDate.toString());
        var collected = pickupDate.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai"));
        body.put(
                "appealReference",
                dev.claimdesk.rtv.RtvFixtures.registeredAppeal(
                        jdbc,
                        "lagos-lights",
                        order.orderNumber(),
                        order.items().getFirst().sku(),
                        collected.toInstant(),
                        collected.plusDays(7).toInstant()));
        body.put("attachments", List.of(attachment("PHOTO", "wrong-item.png", PNG)));
        return body;
    }

    Map<String, Object> billBreakdown(String tradeType) {
        return new LinkedHashMap<>(Map.of(
                "category",
                "BILL_BREAKDOWN",
                "shop",
                "nairobi-naturals",
                "country",
                "KE",
                "statementPeriod",
                lastMonth(),
                "tradeType",
                tradeType,
                "amount",
                "120.50",
                "comment",
                "The commission charged for these orders is twice the agreed rate."));
    }

    void assertCreated(ApiClient.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        String reference = response.body().path("reference").asText();
        assertThat(reference).matches("CLM-\\d{4}-\\d{6}");
        assertThat(response.headers().get("location")).containsExactly("/api/v1/claims/" + reference);
        assertThat(claims.find(reference)).isPresent();
    }

    static Map<String, String> errors(ApiClient.Response response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode e : response.body().path("errors")) {
            errors.merge(e.path("field").asText(), e.path("message").asText(), (a, b) -> a + " | " + b);
        }
        return errors;
    }

    // --- every category's happy path

    @Test
    void cancelWrongOrderIsAccepted() {
        assertCreated(post(cancelWrongOrder()));
    }

    @Test
    void counterfeitAppealWithBothDocumentsIsAccepted() {
        Order order = orderOf("shenzhen-gadgets", o -> true);
        var response = post(Map.of(
                "category",
                "COUNTERFEIT_APPEAL",
                "shop",
                "shenzhen-gadgets",
                "country",
                order.country(),
                "orderNumber",
                order.orderNumber(),
                "sku",
                order.items().getFirst().sku(),
                "attachments",
                List.of(
                        attachment("BRAND_AUTHORIZATION", "brand.pdf", PDF),
                        attachment("AUTHENTICITY_STATEMENT", "statement.png", PNG))));
        assertCreated(response);
        var details = claims.details(response.body().path("reference").asText()).orElseThrow();
        assertThat(details.attachments())
                .extracting(a -> a.contentType())
                .containsExactly("application/pdf", "image/png");
    }

    @Test
    void sekoClaimForARecentPostalParcelIsAccepted() {
        Order order = orderOf(
                "lagos-lights",
                o -> recent(o, 60) && o.trackingNumber() != null && o.shippingType() == ShippingType.POSTAL);
        assertCreated(post(Map.of(
                "category",
                "SEKO_WAREHOUSE",
                "shop",
                "lagos-lights",
                "country",
                "NG",
                "orderNumber",
                order.orderNumber(),
                "trackingNumber",
                order.trackingNumber(),
                "expressCompany",
                "SEKO",
                "sekoProblem",
                "lost-package")));
    }

    @Test
    void sekoClaimForADropshippingParcelNeedsTheSignForProof() {
        var body = new LinkedHashMap<String, Object>(Map.of(
                "category",
                "SEKO_WAREHOUSE",
                "shop",
                "lagos-lights",
                "country",
                "NG",
                "orderNumber",
                "NG-240017",
                "trackingNumber",
                "JG-NJS-319365323-5711",
                "expressCompany",
                "SEKO",
                "sekoProblem",
                "lost-package"));
        assertThat(errors(post(body))).containsKey("attachments");

        body.put("attachments", List.of(attachment("SIGN_FOR_PROOF", "stamp.png", PNG)));
        assertCreated(post(body));
    }

    @Test
    void delayedReceivablesClaimIsAccepted() {
        assertCreated(post(Map.of(
                "category",
                "BILL_DELAYED_RECEIVABLES",
                "shop",
                "nairobi-naturals",
                "country",
                "KE",
                "statementPeriod",
                lastMonth(),
                "amount",
                "830.00",
                "attachments",
                List.of(attachment("EVIDENCE", "statement.pdf", PDF)))));
    }

    @Test
    void billBreakdownIsAcceptedOncePerTradeTypeAndPeriod() {
        var first = post(billBreakdown("SEKO_WEIGHT"));
        assertCreated(first);

        var another = billBreakdown("SEKO_WEIGHT"); // not the same claim sent twice: another text
        another.put("comment", "The SEKO weight fee was charged twice for the same parcels.");
        var second = post(another);
        assertThat(second.status()).isEqualTo(409);
        assertThat(errors(second).get("tradeType"))
                .contains(first.body().path("reference").asText());

        assertCreated(post(billBreakdown("FX_RATE"))); // another trade type is another claim
    }

    @Test
    void wrongProductReturnedWithinFiveWorkingDaysOfPickupIsAccepted() {
        assertCreated(post(wrongProductReturned(today())));
    }

    // --- refusals, each naming its field

    @Test
    void missingFieldsAreEachNamed() {
        var response = post(Map.of("category", "CANCEL_WRONG_ORDER", "shop", "shenzhen-gadgets", "country", "NG"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.headers().get("content-type")).anyMatch(t -> t.startsWith("application/problem+json"));
        assertThat(errors(response)).containsKeys("orderNumber", "sku", "reason", "comment");
        assertThat(errors(response).get("orderNumber"))
                .isEqualTo("Order number is required for a Cancel wrong orders claim.");
    }

    @Test
    void unknownCategoryShopAndWrongCountryAreNamed() {
        assertThat(errors(post(Map.of("category", "REFUND", "shop", "x", "country", "NG"))))
                .containsKey("category");
        assertThat(errors(post(Map.of("category", "BILL_BREAKDOWN", "shop", "no-such-shop", "country", "NG"))))
                .containsEntry("shop", "No shop 'no-such-shop' is known to the marketplace.");
        var body = billBreakdown("COMMISSION");
        body.put("country", "EG");
        assertThat(errors(post(body)).get("country")).contains("sells in KE, not EG");
    }

    @Test
    void orderMustExistBelongToTheShopAndHoldTheSku() {
        var body = cancelWrongOrder();
        body.put("orderNumber", "NG-000000");
        assertThat(errors(post(body))).containsEntry("orderNumber", "No order NG-000000 exists.");

        body = cancelWrongOrder();
        body.put("orderNumber", "NG-240017");
        assertThat(errors(post(body)).get("orderNumber")).contains("is not an order of Shenzhen Gadgets");

        body = cancelWrongOrder();
        body.put("sku", "NO-SUCH-SKU");
        assertThat(errors(post(body)).get("sku")).contains("has no item NO-SUCH-SKU");
    }

    @Test
    void sekoClaimsNeedARecentOrderAndItsTrackingNumber() {
        Order old = orderOf("lagos-lights", o -> !recent(o, 100) && o.trackingNumber() != null);
        var response = post(Map.of(
                "category",
                "SEKO_WAREHOUSE",
                "shop",
                "lagos-lights",
                "country",
                "NG",
                "orderNumber",
                old.orderNumber(),
                "trackingNumber",
                old.trackingNumber(),
                "expressCompany",
                "SEKO",
                "sekoProblem",
                "scan"));
        assertThat(errors(response).get("orderNumber")).contains("only for orders created in the last 3 months");

        Order recent = orderOf(
                "lagos-lights",
                o -> recent(o, 60) && o.trackingNumber() != null && o.shippingType() == ShippingType.POSTAL);
        response = post(Map.of(
                "category",
                "SEKO_WAREHOUSE",
                "shop",
                "lagos-lights",
                "country",
                "NG",
                "orderNumber",
                recent.orderNumber(),
                "trackingNumber",
                "WRONG-123",
                "expressCompany",
                "SEKO",
                "sekoProblem",
                "scan"));
        assertThat(errors(response).get("trackingNumber")).contains("not the tracking number");
    }

    @Test
    void billBreakdownNamesExactlyOneTradeType() {
        var body = billBreakdown("COMMISSION");
        body.put("tradeType", List.of("COMMISSION", "PENALTY"));
        assertThat(errors(post(body)).get("tradeType")).contains("exactly one trade type");
        body.put("tradeType", "COMMISSION,PENALTY");
        assertThat(errors(post(body)).get("tradeType")).contains("exactly one trade type");
        body.put("tradeType", "ORDER_REVENUE");
        assertThat(errors(post(body))).containsKey("tradeType");
    }

    @Test
    void freeTextMustBeEnglish() {
        var body = cancelWrongOrder();
        body.put("comment", "Nous avons supprimé ce produit mais nous recevons encore des commandes chaque jour.");
        assertThat(errors(post(body))).containsEntry("comment", "Comment must be written in English.");
    }

    @Test
    void anApiIssueNeedsItsEndpointRequestAndResponse() {
        var body = cancelWrongOrder();
        body.put("reason", "api-issue");
        assertThat(errors(post(body))).containsKeys("apiEndpoint", "apiRequest", "apiResponse");
    }

    @Test
    void attachmentsAreCheckedByWhatTheyReallyAre() {
        var body = cancelWrongOrder();
        body.put("attachments", List.of(attachment("EVIDENCE", "invoice.pdf", "MZ\u0090 not a pdf".getBytes())));
        assertThat(errors(post(body)))
                .containsEntry("attachments[0]", "invoice.pdf is not a PDF, JPEG, PNG or WebP file.");

        body.put("attachments", List.of(Map.of("kind", "EVIDENCE", "filename", "x.pdf", "content", "%%%")));
        assertThat(errors(post(body))).containsKey("attachments[0]");

        var counterfeit = post(Map.of(
                "category",
                "COUNTERFEIT_APPEAL",
                "shop",
                "shenzhen-gadgets",
                "country",
                "NG",
                "orderNumber",
                "NG-240001",
                "sku",
                orders.order("NG-240001").items().getFirst().sku(),
                "attachments",
                List.of(attachment("BRAND_AUTHORIZATION", "brand.pdf", PDF))));
        assertThat(errors(counterfeit).get("attachments")).contains("Authenticity statement is required");
    }

    @Test
    void wrongProductClaimsComeWithinTheAppealsWindow() {
        var response = post(wrongProductReturned(today().minusDays(20)));
        assertThat(errors(response).get("appealReference"))
                .contains("closed on " + today().minusDays(13))
                .contains("after the pickup on " + today().minusDays(20));
    }

    @Test
    void aWrongReturnClaimMayUseThePhotosTheWarehouseTookAtTheAppeal(@Autowired dev.claimdesk.rtv.RtvCases rtvCases) {
        var body = wrongProductReturned(today());
        body.remove("attachments");
        body.put("usePhotosOnFile", true);
        String appeal = (String) body.get("appealReference");
        rtvCases.addPhoto("RTV-T-" + appeal.substring(4), "kettle-at-pickup.png", PNG, "wang");
        var response = post(body);
        assertCreated(response);
        assertThat(claims.details(response.body().path("reference").asText())
                        .orElseThrow()
                        .attachments())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(dev.claimdesk.claims.AttachmentKind.PHOTO);
                    assertThat(a.filename()).isEqualTo("kettle-at-pickup.png");
                    assertThat(a.contentType()).isEqualTo("image/png");
                });
    }

    @Test
    void aWrongReturnClaimWithoutAPhotoAndNoneOnFileIsRefused() {
        var body = wrongProductReturned(today());
        body.remove("attachments");
        body.put("usePhotosOnFile", true);
        assertThat(errors(post(body)))
                .containsEntry(
                        "attachments",
                        "No photo uploaded, and none is on file for appeal " + body.get("appealReference")
                                + ": attach a photo of the goods.");

        body.remove("usePhotosOnFile");
        assertThat(errors(post(body)))
                .containsEntry("attachments", "Photo is required for a Wrong product returned (RTV appeal) claim.");
    }

    @Test
    void malformedValuesAreExplained() {
        var body = billBreakdown("COMMISSION");
        body.put("statementPeriod", "Sept 2026");
        body.put("amount", "-3");
        body.put("colour", "blue");
        var errors = errors(post(body));
        assertThat(errors)
                .containsEntry("statementPeriod", "Account statement period must be a month like 2026-09.")
                .containsEntry("amount", "Amount must be positive, with at most 2 decimals.")
                .containsEntry("colour", "Not a field of a Bill problem: bill breakdown claim.");
    }

    // --- errors in one round

    @Test
    void aClaimWithFourDifferentProblemsGetsAllFourInOneAnswer() {
        var body = cancelWrongOrder();
        body.put("country", "KE"); // shop check: Shenzhen Gadgets sells in NG
        body.put("orderNumber", "NG-240017"); // order check: another shop's order
        body.put("comment", "Nous avons supprimé ce produit mais nous recevons encore des commandes chaque jour.");
        body.put("attachments", List.of(attachment("EVIDENCE", "invoice.pdf", "MZ not a pdf".getBytes())));
        var response = post(body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().path("detail").asText()).isEqualTo("4 fields need attention.");
        assertThat(errors(response))
                .containsOnlyKeys("country", "orderNumber", "comment", "attachments[0]")
                .containsEntry("comment", "Comment must be written in English.")
                .containsEntry("attachments[0]", "invoice.pdf is not a PDF, JPEG, PNG or WebP file.");
        assertThat(errors(response).get("country")).contains("sells in NG, not KE");
        assertThat(errors(response).get("orderNumber")).contains("is not an order of Shenzhen Gadgets");
    }

    @Test
    void problemDocumentsNameCategoriesByTheirLabels() {
        var errors = errors(post(Map.of("category", "REFUND", "shop", "lagos-lights", "country", "NG")));
        assertThat(errors.get("category"))
                .contains("Wrong product returned (RTV appeal)", "Cancel wrong orders")
                .doesNotContain("WRONG_PRODUCT_RETURNED", "CANCEL_WRONG_ORDER");
    }

    /** A request as a careless client sends it: any body, any content type, straight over HTTP. */
    ApiClient.Response raw(String contentType, byte[] body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/claims"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Response(
                response.statusCode(),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()),
                response.headers().map());
    }

    void assertProblem(ApiClient.Response response, int status, String field, String detail) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.headers().get("content-type")).anyMatch(t -> t.startsWith("application/problem+json"));
        assertThat(response.body().path("detail").asText()).contains(detail);
        assertThat(errors(response)).containsKey(field);
    }

    @Test
    void malformedJsonGetsAProblemDocumentThatSaysWhere() throws Exception {
        assertProblem(
                raw("application/json", "{\"category\": \"BILL_BREAKDOWN\",\n \"shop\": }".getBytes()),
                400,
                "body",
                "The body is not valid JSON (line 2, column");
        assertProblem(raw("application/json", new byte[0]), 400, "body", "Send the claim as one JSON object");
    }

    @Test
    void aWrongContentTypeGetsAProblemDocument() throws Exception {
        assertProblem(
                raw("text/plain", "category=BILL_BREAKDOWN".getBytes()),
                415,
                "Content-Type",
                "Content-Type: application/json, not text/plain");
    }

    @Test
    void anOversizeBodyGetsAProblemDocument() throws Exception {
        // a 30 MB file is read whole and refused by its name
        var body = cancelWrongOrder();
        body.put("attachments", List.of(attachment("EVIDENCE", "scan.pdf", new byte[30 * 1024 * 1024])));
        assertThat(errors(post(body))).containsEntry("attachments[0]", "scan.pdf is larger than 10 MB.");

        // a body declared larger than claimdesk.intake.max-request-size: refused before it is read
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("POST /api/v1/claims HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 400000000\r\n"
                                    + "Connection: close\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // read the answer as it comes: the server keeps the connection until its idle timeout (the body it
            // refused is never sent), so reading to the end would wait a minute
            socket.setSoTimeout(10_000);
            var answer = new StringBuilder();
            var in = socket.getInputStream();
            byte[] chunk = new byte[8192];
            for (int n; !answer.toString().contains("150 MB") && (n = in.read(chunk)) > 0; ) {
                answer.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(answer.toString())
                    .startsWith("HTTP/1.1 413")
                    .contains("application/problem+json", "the API reads at most 150 MB");
        }
    }

    // --- the same claim sent twice without a key

    @Test
    void theSameClaimSentTwiceWithoutAKeyIsAnsweredWithTheFirst() {
        var body = billBreakdown("SEKO_WEIGHT");
        body.put("shop", "lagos-lights");
        body.put("country", "NG");
        body.put("comment", "The SEKO weight charged is twice the parcel's weight: " + UUID.randomUUID());
        var first = post(body);
        assertCreated(first);
        var again = post(body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("reference").asText())
                .isEqualTo(first.body().path("reference").asText());
        assertThat(again.body().path("self").asText())
                .isEqualTo(first.body().path("self").asText());
        assertThat(again.headers().get("location")).isEqualTo(first.headers().get("location"));
    }

    @Test
    void anotherTextWithinTheWindowIsAnotherClaim() {
        var body = cancelWrongOrder();
        body.put("comment", "We deleted this SKU last week and still get orders: " + UUID.randomUUID());
        var first = post(body);
        assertCreated(first);
        body.put("comment", "A second problem with the same SKU, told in other words: " + UUID.randomUUID());
        var second = post(body);
        assertCreated(second);
        assertThat(second.body().path("reference").asText())
                .isNotEqualTo(first.body().path("reference").asText());
    }

    // --- who may call

    @Test
    void integrationsNeedTheirTokenAndTheirShops() {
        assertThat(post(cancelWrongOrder(), null, null).status()).isEqualTo(401);
        assertThat(post(cancelWrongOrder(), "forged", null).status()).isEqualTo(401);
        var foreign = post(cancelWrongOrder(), "test-lagos-token", null);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(errors(foreign)).containsKey("shop");
    }

    // --- status and history

    @Test
    void aClaimsStatusAndHistoryCanBeRead() {
        String reference = post(cancelWrongOrder()).body().path("reference").asText();
        var status = api.send("GET", "/api/v1/claims/" + reference, null, Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().path("category").asText()).isEqualTo("CANCEL_WRONG_ORDER");
        assertThat(status.body().path("fields").path("reason").asText()).isEqualTo("sku-deleted-still-orders");
        assertThat(status.body().path("history").get(0).path("event").asText()).isEqualTo("submitted");
        assertThat(api.send(
                                "GET",
                                "/api/v1/claims/" + reference,
                                null,
                                Map.of("Authorization", "Bearer test-lagos-token"))
                        .status())
                .as("another integration's shop")
                .isEqualTo(404);
    }

    // --- idempotency and load

    @Test
    void aRetriedSubmissionCreatesOneClaimAndOneProcess(@Autowired ProcessTestHarness harness) throws Exception {
        String key = UUID.randomUUID().toString();
        var first = post(cancelWrongOrder(), TOKEN, key);
        var retry = post(cancelWrongOrder(), TOKEN, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        String reference = first.body().path("reference").asText();
        assertThat(retry.body().path("reference").asText()).isEqualTo(reference);

        String concurrentKey = UUID.randomUUID().toString();
        var pool = Executors.newFixedThreadPool(8);
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> post(cancelWrongOrder(), TOKEN, concurrentKey));
        }
        Set<String> references = new HashSet<>();
        for (var f : pool.invokeAll(calls)) {
            references.add(f.get().body().path("reference").asText());
        }
        pool.shutdown();
        assertThat(references).hasSize(1);

        var changed = cancelWrongOrder();
        changed.put("comment", "A different claim entirely, sent with a used key.");
        assertThat(post(changed, TOKEN, key).status()).isEqualTo(409);

        // the register step may wait behind the other tests' claims on a busy machine; what counts is one process
        org.awaitility.Awaitility.await()
                .atMost(ProcessTestHarness.TIMEOUT.multipliedBy(3))
                .until(() -> claims.find(reference).orElseThrow().processInstanceKey() != null);
        assertThat(harness.processInstancesWith("claimReference", "\"" + reference + "\""))
                .hasSize(1);
    }

    @Test
    void twoHundredConcurrentSubmissionsMakeTwoHundredClaimsWithUniqueReferences() throws Exception {
        var pool = Executors.newFixedThreadPool(20);
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(() -> post(cancelWrongOrder(), TOKEN, UUID.randomUUID().toString()));
        }
        Set<String> references = new HashSet<>();
        for (var f : pool.invokeAll(calls)) {
            var response = f.get();
            assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
            references.add(response.body().path("reference").asText());
        }
        pool.shutdown();
        assertThat(references).hasSize(200);
        // every one stored; their ClaimHandling processes move them on at once (validated, routed: IN_PROGRESS),
        // so the status they have by now is not the point
        assertThat(references).allSatisfy(r -> assertThat(claims.find(r)).isPresent());
    }
}
