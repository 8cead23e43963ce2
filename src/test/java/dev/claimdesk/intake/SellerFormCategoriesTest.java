package dev.claimdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.orders.Order;
import dev.claimdesk.orders.OrderSummary;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.ShippingType;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.support.ClaimDeskTest;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Every category through the seller's form, and each category's own rule refused there too. */
@ClaimDeskTest
class SellerFormCategoriesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    SellerLinks links;

    @Autowired
    Orders orders;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Claims claims;

    @Autowired
    AppClock clock;

    @Autowired
    PlatformProperties settings;

    record Submitted(int status, String body, String location) {}

    Submitted submit(String shop, Map<String, String> params, MockMultipartFile... files) throws Exception {
        var m = Pattern.compile("shop=([^&]+)&expires=(\\d+)&sig=([0-9a-f]+)").matcher(links.formLink(shop));
        assertThat(m.find()).isTrue();
        var request = multipart("/seller/claims");
        request.param("shop", m.group(1)).param("expires", m.group(2)).param("sig", m.group(3));
        request.param("formKey", UUID.randomUUID().toString());
        params.forEach(request::param);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        var response = mvc.perform(request.with(csrf())).andReturn().getResponse();
        return new Submitted(response.getStatus(), response.getContentAsString(), response.getRedirectedUrl());
    }

    void assertStored(Submitted submitted, ClaimCategory category) {
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        var m = Pattern.compile("reference=(CLM-\\d{4}-\\d{6})").matcher(submitted.location());
        assertThat(m.find()).isTrue();
        assertThat(claims.details(m.group(1)).orElseThrow().category()).isEqualTo(category);
    }

    Order orderOf(String shop, Predicate<OrderSummary> condition) {
        for (int page = 0; page < 20; page++) {
            for (OrderSummary s : orders.ordersOfShop(shop, page, 100).orders()) {
                if (condition.test(s)) {
                    return orders.order(s.orderNumber());
                }
            }
        }
        throw new IllegalStateException("no such order");
    }

    static MockMultipartFile png(String kind) {
        return new MockMultipartFile("file_" + kind, kind.toLowerCase() + ".png", "image/png", PNG);
    }

    static Map<String, String> params(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    String lastMonth() {
        return YearMonth.now(clock.withZone(settings.timeZone())).minusMonths(1).toString();
    }

    @Test
    void counterfeitAppealNeedsBothDocuments() throws Exception {
        Order order = orderOf("shenzhen-gadgets", o -> true);
        var fields = params(
                "category",
                "COUNTERFEIT_APPEAL",
                "orderNumber",
                order.orderNumber(),
                "sku",
                order.items().getFirst().sku());
        assertThat(submit("shenzhen-gadgets", fields, png("BRAND_AUTHORIZATION"))
                        .body())
                .contains("Authenticity statement is required for a Counterfeit (penalty appeal) claim.");
        assertStored(
                submit("shenzhen-gadgets", fields, png("BRAND_AUTHORIZATION"), png("AUTHENTICITY_STATEMENT")),
                ClaimCategory.COUNTERFEIT_APPEAL);
    }

    @Test
    void sekoClaimNeedsARecentOrder() throws Exception {
        Order recent = orderOf(
                "lagos-lights",
                o -> o.createdAt().isAfter(clock.instant().minus(Duration.ofDays(60)))
                        && o.trackingNumber() != null
                        && o.shippingType() == ShippingType.POSTAL);
        assertStored(
                submit(
                        "lagos-lights",
                        params(
                                "category",
                                "SEKO_WAREHOUSE",
                                "orderNumber",
                                recent.orderNumber(),
                                "trackingNumber",
                                recent.trackingNumber(),
                                "expressCompany",
                                "SEKO",
                                "sekoProblem",
                                "delivery")),
                ClaimCategory.SEKO_WAREHOUSE);

        Order old = orderOf(
                "lagos-lights",
                o -> o.createdAt().isBefore(clock.instant().minus(Duration.ofDays(100))) && o.trackingNumber() != null);
        assertThat(submit(
                                "lagos-lights",
                                params(
                                        "category",
                                        "SEKO_WAREHOUSE",
                                        "orderNumber",
                                        old.orderNumber(),
                                        "trackingNumber",
                                        old.trackingNumber(),
                                        "expressCompany",
                                        "SEKO",
                                        "sekoProblem",
                                        "scan"))
                        .body())
                .contains("only for orders created in the last 3 months");
    }

    @Test
    void cancelWrongOrderNeedsACommentOrAFile() throws Exception {
        Order order = orders.order("NG-240001");
        var fields = params(
                "category",
                "CANCEL_WRONG_ORDER",
                "orderNumber",
                "NG-240001",
                "sku",
                order.items().getFirst().sku(),
                "reason",
                "holiday-mode");
        assertThat(submit("shenzhen-gadgets", fields).body())
                .contains("Add a comment or an attachment that explains the problem.");
        fields.put("comment", "Our store was on holiday mode when this order came in.");
        assertStored(submit("shenzhen-gadgets", fields), ClaimCategory.CANCEL_WRONG_ORDER);
    }

    @Test
    void delayedReceivablesNeedAPastPeriod() throws Exception {
        var fields = params(
                "category",
                "BILL_DELAYED_RECEIVABLES",
                "statementPeriod",
                "2099-01",
                "amount",
                "10.00",
                "comment",
                "The payout for this period has not arrived yet.");
        assertThat(submit("nairobi-naturals", fields).body())
                .contains("The statement period 2099-01 has not begun yet.");
        fields.put("statementPeriod", lastMonth());
        assertStored(submit("nairobi-naturals", fields), ClaimCategory.BILL_DELAYED_RECEIVABLES);
    }

    @Test
    void billBreakdownIsOnePerTradeType() throws Exception {
        var fields = params(
                "category",
                "BILL_BREAKDOWN",
                "statementPeriod",
                lastMonth(),
                "tradeType",
                "RECHARGE_RATE",
                "amount",
                "5.00",
                "comment",
                "The recharge rate applied is not the agreed one.");
        assertStored(submit("lagos-lights", fields), ClaimCategory.BILL_BREAKDOWN);
        Submitted again = submit("lagos-lights", fields);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("is still open; add to it by replying to its emails instead.");
    }

    @Test
    void wrongProductReturnedNeedsPhotos() throws Exception {
        Order order = orderOf("lagos-lights", o -> true);
        String today = clock.instant().atZone(settings.timeZone()).toLocalDate().toString();
        var fields = params(
                "category",
                "WRONG_PRODUCT_RETURNED",
                "orderNumber",
                order.orderNumber(),
                "sku",
                order.items().getFirst().sku(),
                "rtvRequest",
                "RTV-5521",
                "pickupDate",
                today,
                "appealReference",
                dev.claimdesk.rtv.RtvFixtures.registeredAppeal(
                        jdbc,
                        "lagos-lights",
                        order.orderNumber(),
                        order.items().getFirst().sku(),
                        clock.instant(),
                        clock.instant().plus(java.time.Duration.ofDays(7))));
        assertThat(submit("lagos-lights", fields).body())
                .contains("Photo is required for a Wrong product returned (RTV appeal) claim.");
        assertStored(submit("lagos-lights", fields, png("PHOTO")), ClaimCategory.WRONG_PRODUCT_RETURNED);
    }
}
