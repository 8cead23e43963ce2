package dev.claimdesk.counterfeit;

import static org.awaitility.Awaitility.await;

import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRequest;
import dev.claimdesk.mail.SellerMailbox;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.Shop;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.support.ProcessTestHarness;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Findings on the reference marketplace for tests: each on an order item of its own (so no test appeals another's
 * finding), appeals as a seller makes them (a counterfeit claim with both documents, or a reply with attachments).
 */
public final class CounterfeitFixtures {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static final java.util.Set<String> USED_ORDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.Set<String> USED_SKUS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final int RESERVED_FOR_INTAKE_TESTS = 10;

    public record Item(Shop shop, String country, String orderNumber, String sku) {}

    private final Orders orders;
    private final Findings findings;
    private final ClaimIntake intake;

    public CounterfeitFixtures(Orders orders, Findings findings, ClaimIntake intake) {
        this.orders = orders;
        this.findings = findings;
        this.intake = intake;
    }

    /**
     * An order item with a SKU no other test uses (a delisting is per shop and SKU): the items of Lagos Lights' orders,
     * oldest first. Each shop's first orders are left alone: intake tests appeal them and must not find a decided
     * finding there.
     */
    public Item nextItem() {
        for (String name : List.of(
                ReferenceServices.DEMO_SHOP_LAGOS_LIGHTS,
                ReferenceServices.DEMO_SHOP_NAIROBI_NATURALS,
                ReferenceServices.DEMO_SHOP_SHENZHEN_GADGETS,
                // when the whole suite has used those three shops' SKUs: shops no test names
                "Yiwu Home Goods",
                "Cairo Crafts",
                "Alexandria Books")) {
            Shop shop = orders.findShop(name).orElseThrow();
            var summaries = orders.ordersOfShop(shop.code(), 0, 200).orders();
            for (var summary :
                    summaries.subList(Math.min(RESERVED_FOR_INTAKE_TESTS, summaries.size()), summaries.size())) {
                if (!USED_ORDERS.add(summary.orderNumber())) {
                    continue;
                }
                var order = orders.order(summary.orderNumber());
                for (var orderItem : order.items()) {
                    if (USED_SKUS.add(shop.code() + "/" + orderItem.sku())) {
                        return new Item(shop, order.country(), order.orderNumber(), orderItem.sku());
                    }
                }
            }
        }
        throw new IllegalStateException("the demo marketplace has no unused order item left");
    }

    NewFinding finding(Item item, String penalty) {
        return new NewFinding(
                item.shop().code(),
                item.country(),
                item.orderNumber(),
                item.sku(),
                new BigDecimal(penalty),
                "A test purchase showed a counterfeit brand label on this product.",
                "Test purchase TP-0001: label and hologram compared with the brand owner's samples.");
    }

    Finding record(Item item) {
        return findings.record(finding(item, "2500.00"), "bea", "test", null).finding();
    }

    /** A finding on an item of its own, once its notice has gone out (its appeal deadline runs). */
    public Finding recordNotified() {
        Finding finding = record(nextItem());
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> findings.find(finding.reference()).orElseThrow().status() == FindingStatus.NOTIFIED);
        return finding;
    }

    long instanceOf(Finding finding) {
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> findings.find(finding.reference()).orElseThrow().processInstanceKey(), k -> k != null);
    }

    /** The seller's counterfeit claim for the item, with both documents: the appeal. Returns the claim reference. */
    public String appealByClaim(Item item) {
        return intake.submit(
                        new IntakeRequest(
                                "COUNTERFEIT_APPEAL",
                                item.shop().code(),
                                item.country(),
                                Map.of(
                                        "orderNumber", List.of(item.orderNumber()),
                                        "sku", List.of(item.sku()),
                                        "comment",
                                                List.of("We buy this product from the brand's authorized distributor."
                                                        + " Both documents are attached.")),
                                List.of(
                                        new IntakeRequest.Upload(
                                                "BRAND_AUTHORIZATION", "brand-authorization.png", "image/png", PNG),
                                        new IntakeRequest.Upload(
                                                "AUTHENTICITY_STATEMENT",
                                                "authenticity-statement.png",
                                                "image/png",
                                                PNG))),
                        "test",
                        null)
                .reference();
    }

    /** A reply to one of the platform's mails with files attached, as a mail client sends it. */
    static MimeMessage replyWithFiles(
            SellerMailbox seller, MimeMessage original, String from, String text, String... files) throws Exception {
        MimeMessage reply = seller.reply(original, from, text);
        var parts = new ArrayList<MimeBodyPart>();
        var body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        parts.add(body);
        for (String file : files) {
            var part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(PNG, "image/png")));
            part.setFileName(file);
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.add(part);
        }
        reply.setContent(new MimeMultipart("mixed", parts.toArray(MimeBodyPart[]::new)));
        // the reply was saved once already: without saving again it would go out without its multipart Content-Type
        // (a text/plain body holding the raw parts, no attachment), under a new Message-ID
        String messageId = reply.getMessageID();
        return SellerMailbox.withMessageId(reply, messageId.substring(1, messageId.length() - 1));
    }
}
