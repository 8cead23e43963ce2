package dev.claimdesk.referenceservices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.support.ClaimDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/** In the default setup the reference services answer over HTTP with their token only, and hold the demo data. */
@ClaimDeskTest
class ReferenceServicesTest {

    @LocalServerPort
    int port;

    @Value("${claimdesk.reference-services.token}")
    String token;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aDemoShopsOrderIsServedWithTheServiceTokenAndNotWithout() throws Exception {
        var withToken = get(ReferenceServices.ORDERS_API + "/orders/NG-240001", "Bearer " + token);
        assertThat(withToken.statusCode()).isEqualTo(200);
        JsonNode order = json.readTree(withToken.body());
        assertThat(order.path("shop").asText()).isEqualTo("shenzhen-gadgets");
        assertThat(order.path("items").get(0).path("status").asText()).isEqualTo("PENDING");

        var without = get(ReferenceServices.ORDERS_API + "/orders/NG-240001", null);
        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(without.body()).doesNotContain("shenzhen");
        assertThat(get(ReferenceServices.ORDERS_API + "/orders/NG-240001", "Bearer wrong-" + token)
                        .statusCode())
                .isEqualTo(401);
        assertThat(get(ReferenceServices.BILLING_API + "/shops/nairobi-naturals/payouts", null)
                        .statusCode())
                .isEqualTo(401);
        // a back-office session is no way in either: the token API accepts no cookie and no form login
        assertThat(get(ReferenceServices.ORDERS_API + "/shops/lagos-lights", "Basic YWRtaW46ZGVtbw==")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentsDescribeExactlyTheEndpointsServed() throws Exception {
        assertThat(documented("docs/api/order-service.yaml")).isEqualTo(served(ReferenceServices.ORDERS_API));
        assertThat(documented("docs/api/bill-service.yaml")).isEqualTo(served(ReferenceServices.BILLING_API));
    }

    /** "GET /orders/{orderNumber}", ... as the contract lists them. */
    @SuppressWarnings("unchecked")
    private static Set<String> documented(String file) throws Exception {
        Map<String, Object> document;
        try (var in = Files.newInputStream(Path.of(file))) {
            document = new Yaml().load(in);
        }
        var operations = new TreeSet<String>();
        ((Map<String, Map<String, Object>>) document.get("paths"))
                .forEach(
                        (path, methods) -> methods.keySet().forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }

    private Set<String> served(String prefix) {
        var operations = new TreeSet<String>();
        handlerMapping
                .getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith(prefix + "/"))
                        .forEach(p -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> operations.add(m.name() + " " + p.substring(prefix.length())))));
        return operations;
    }

    @Test
    void withoutAConfiguredTokenOneIsMadeUpAtStartup() {
        // the test profile sets none: a random one protects the APIs and the clients use it
        assertThat(token).matches("[0-9a-f]{48}");
    }

    @Test
    void unknownThingsAreProblemDocumentsWithACode() throws Exception {
        var response = get(ReferenceServices.ORDERS_API + "/orders/NG-999999999", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(json.readTree(response.body()).path("code").asText()).isEqualTo("ORDER_NOT_FOUND");

        var badMonth = get(
                ReferenceServices.BILLING_API + "/shops/lagos-lights/statements?from=March&to=2026-01",
                "Bearer " + token);
        assertThat(badMonth.statusCode()).isEqualTo(400);

        var withoutKey = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + ReferenceServices.BILLING_API
                                + "/shops/lagos-lights/penalties"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":10,\"currency\":\"NGN\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutKey.statusCode())
                .as("a posting without Idempotency-Key")
                .isEqualTo(400);
        assertThat(withoutKey.body()).contains("Idempotency-Key");
    }

    @Test
    void theDemoMarketplaceHasShopsInSeveralCountriesWithRegisteredAddresses() {
        assertThat(count("SELECT COUNT(*) FROM ref_shop")).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForList("SELECT DISTINCT country FROM ref_shop", String.class))
                .contains("NG", "KE", "EG", "MA", "CI", "GH", "UG", "SN");
        assertThat(jdbc.queryForMap(
                        "SELECT country, seller_country, email FROM ref_shop WHERE name = ?", "Shenzhen Gadgets"))
                .containsEntry("country", "NG")
                .containsEntry("seller_country", "CN")
                .containsEntry("email", "support@shenzhen-gadgets.example");
        assertThat(jdbc.queryForObject("SELECT email FROM ref_shop WHERE name = 'Lagos Lights'", String.class))
                .isEqualTo("claims@lagoslights.example");
        assertThat(jdbc.queryForObject("SELECT email FROM ref_shop WHERE name = 'Nairobi Naturals'", String.class))
                .isEqualTo("finance@nairobi-naturals.example");
        assertThat(jdbc.queryForObject(
                        "SELECT shop_code FROM ref_order WHERE order_number = 'NG-240017'", String.class))
                .isEqualTo("lagos-lights");
    }

    @Test
    void theDemoOrdersCoverEveryStatusBothShippingTypesAndEightMonths() {
        assertThat(count("SELECT COUNT(*) FROM ref_order WHERE order_number NOT LIKE 'T-%'"))
                .isGreaterThanOrEqualTo(2000);
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM ref_order_item", String.class))
                .contains(
                        "PENDING", "READY_TO_SHIP", "SHIPPED", "DELIVERED", "CANCELED", "DELIVERY_FAILED", "RETURNED");
        assertThat(jdbc.queryForList("SELECT DISTINCT cancel_kind FROM ref_order_item", String.class))
                .contains("CUSTOMER", "SELLER_OUT_OF_STOCK", "NOT_SHIPPED_IN_TIME");
        assertThat(jdbc.queryForList("SELECT DISTINCT shipping_type FROM ref_order", String.class))
                .containsExactlyInAnyOrder("DROPSHIPPING", "POSTAL");
        Instant threeMonthsAgo = Instant.now().minus(92, ChronoUnit.DAYS);
        assertThat(count("SELECT COUNT(*) FROM ref_order WHERE created_at < ?", Timestamp.from(threeMonthsAgo)))
                .isGreaterThan(500);
        assertThat(count(
                        "SELECT COUNT(*) FROM ref_order WHERE created_at < ?",
                        Timestamp.from(Instant.now().minus(220, ChronoUnit.DAYS))))
                .isGreaterThan(0);
        assertThat(count(
                        "SELECT COUNT(*) FROM ref_order WHERE tracking_number IS NULL AND order_number NOT LIKE 'T-%'"))
                .as("orders not ready to ship yet have no tracking number")
                .isGreaterThan(0);
        assertThat(count("SELECT COUNT(*) FROM ref_order o WHERE tracking_number IS NOT NULL AND NOT EXISTS (SELECT 1 "
                        + "FROM ref_order_item_status s WHERE s.order_number = o.order_number AND s.status = "
                        + "'READY_TO_SHIP')"))
                .as("a tracking number only from Ready to Ship on")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM ref_order o WHERE tracking_number IS NOT NULL AND sorting_center LIKE "
                        + "'%SEKO%'"))
                .isGreaterThan(0);
        assertThat(count("SELECT COUNT(*) FROM ref_order_item i WHERE NOT EXISTS (SELECT 1 FROM ref_order_item_status"
                        + " s WHERE s.order_number = i.order_number AND s.sku = i.sku AND s.status = i.status)"))
                .as("every item's history ends in its status")
                .isZero();
    }

    @Test
    void everyShopHasSixMonthsOfStatementsWithEveryTradeTypeAndSomePayoutsAreDelayed() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        List<String> periods = jdbc.queryForList(
                "SELECT DISTINCT period FROM ref_bill_transaction WHERE posting_id IS NULL ORDER BY period",
                String.class);
        assertThat(periods).contains(now.minusMonths(5).toString(), now.toString());
        int shops = count("SELECT COUNT(*) FROM ref_shop");
        assertThat(count(
                        "SELECT COUNT(*) FROM (SELECT shop_code, period FROM ref_bill_transaction WHERE period >= ? "
                                + "GROUP BY shop_code, period HAVING COUNT(DISTINCT trade_type) >= 14) full_statements",
                        now.minusMonths(5).toString()))
                .as("statements with all 13 trade types and order revenue")
                .isGreaterThanOrEqualTo(shops * 5);
        assertThat(jdbc.queryForList("SELECT DISTINCT state FROM ref_bill_payout", String.class))
                .contains("PAID", "DELAYED");
        assertThat(count("SELECT COUNT(*) FROM ref_bill_payout WHERE shop_code = 'nairobi-naturals' AND state = "
                        + "'DELAYED'"))
                .isGreaterThanOrEqualTo(1);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
