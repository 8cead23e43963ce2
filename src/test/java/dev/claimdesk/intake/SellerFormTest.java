package dev.claimdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.AttachmentKind;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvFixtures;
import dev.claimdesk.support.ClaimDeskTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The seller's form: a signed link opens it, the same rules apply, errors stand next to their fields. */
@ClaimDeskTest
class SellerFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SellerLinks links;

    @Autowired
    Claims claims;

    @Autowired
    Orders orders;

    @Autowired
    RtvCases rtvCases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppClock clock;

    @Autowired
    BusinessCalendar calendar;

    record Link(String shop, String expires, String sig) {}

    Link link(String shop) {
        var m = Pattern.compile("shop=([^&]+)&expires=(\\d+)&sig=([0-9a-f]+)").matcher(links.formLink(shop));
        assertThat(m.find()).isTrue();
        return new Link(m.group(1), m.group(2), m.group(3));
    }

    MockMultipartHttpServletRequestBuilder form(Link link) {
        var request = multipart("/seller/claims");
        request.param("shop", link.shop()).param("expires", link.expires()).param("sig", link.sig());
        request.param("formKey", java.util.UUID.randomUUID().toString());
        return request;
    }

    @Test
    void aSignedLinkOpensTheFormAndAForgedOneDoesNot() throws Exception {
        Link link = link("lagos-lights");
        String page = mvc.perform(get("/seller/claims/new")
                        .param("shop", link.shop())
                        .param("expires", link.expires())
                        .param("sig", link.sig()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Raise a claim",
                        "Lagos Lights",
                        "SEKO warehouse (scan, delivery, lost package)",
                        "name=\"_csrf\"");

        mvc.perform(get("/seller/claims/new")
                        .param("shop", "nairobi-naturals")
                        .param("expires", link.expires())
                        .param("sig", link.sig()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/seller/claims/new").param("shop", "lagos-lights")).andExpect(status().isForbidden());
    }

    @Test
    void aValidClaimIsStoredWithItsFiles() throws Exception {
        var order = orders.order("NG-240001");
        var request = form(link("shenzhen-gadgets"))
                .file(new MockMultipartFile("file_EVIDENCE", "screenshot.png", "image/png", new byte[] {
                    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2
                }))
                .param("category", "CANCEL_WRONG_ORDER")
                .param("orderNumber", "NG-240001")
                .param("sku", order.items().getFirst().sku())
                .param("reason", "sku-inactive-still-orders");
        var result = mvc.perform(request.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        var m = Pattern.compile("reference=(CLM-\\d{4}-\\d{6})").matcher(location);
        assertThat(m.find()).as(location).isTrue();

        var details = claims.details(m.group(1)).orElseThrow();
        assertThat(details.summary().channel()).isEqualTo("web");
        assertThat(details.attachments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AttachmentKind.EVIDENCE);
            assertThat(a.filename()).isEqualTo("screenshot.png");
        });
        String confirmation = mvc.perform(get(location))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirmation).contains(m.group(1), "support@shenzhen-gadgets.example");
    }

    @Test
    void errorsAreShownNextToTheirFieldsAndTheValuesKept() throws Exception {
        var request = form(link("nairobi-naturals"))
                .param("category", "BILL_BREAKDOWN")
                .param("statementPeriod", "2026-13")
                .param("amount", "12.5")
                .param("comment", "<script>alert('x')</script> The commission doubled for these orders in March.");
        String page = mvc.perform(request.with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Account statement period must be a month like 2026-09.")
                .contains("Transaction (trade) type is required for a Bill problem: bill breakdown claim.")
                .contains("value=\"12.5\"")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(");
    }

    String appeal;

    /** A registered on-site appeal for an item of Lagos Lights collected today, with the photo the staff took. */
    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder wrongReturnClaim(boolean photoOnFile) {
        var summary = orders.ordersOfShop("lagos-lights", 0, 1).orders().getFirst();
        var order = orders.order(summary.orderNumber());
        String sku = order.items().getFirst().sku();
        var now = clock.instant();
        appeal = RtvFixtures.registeredAppeal(
                jdbc, "lagos-lights", order.orderNumber(), sku, now, now.plusSeconds(86400));
        if (photoOnFile) {
            rtvCases.addPhoto("RTV-T-" + appeal.substring(4), "kettle-at-pickup.png", RtvFixtures.PNG, "wang");
        }
        return form(link("lagos-lights"))
                .param("category", "WRONG_PRODUCT_RETURNED")
                .param("orderNumber", order.orderNumber())
                .param("sku", sku)
                .param("rtvRequest", "RTV-T-" + appeal.substring(4))
                .param("pickupDate", now.atZone(calendar.zone()).toLocalDate().toString())
                .param("appealReference", appeal);
    }

    String lookup(Link link, String appeal) throws Exception {
        return mvc.perform(get("/seller/claims/photos-on-file")
                        .param("shop", link.shop())
                        .param("expires", link.expires())
                        .param("sig", link.sig())
                        .param("appealReference", appeal))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theFormOffersThePhotosOnFileOfTheShopsOwnAppealOnly() throws Exception {
        wrongReturnClaim(true);
        assertThat(lookup(link("lagos-lights"), appeal))
                .contains("kettle-at-pickup.png", "taken ", "name=\"usePhotosOnFile\"", "checked");
        assertThat(lookup(link("nairobi-naturals"), appeal))
                .contains("No on-site appeal", appeal)
                .doesNotContain("kettle-at-pickup.png");
        assertThat(lookup(link("lagos-lights"), "<b>APL-NONE</b>"))
                .contains("&lt;b&gt;APL-NONE&lt;/b&gt;")
                .doesNotContain("<b>APL-NONE");
        mvc.perform(get("/seller/claims/photos-on-file")
                        .param("shop", "lagos-lights")
                        .param("expires", link("lagos-lights").expires())
                        .param("sig", "00")
                        .param("appealReference", appeal))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongReturnClaimFromTheFormUsesThePhotosOnFile() throws Exception {
        var result = mvc.perform(
                        wrongReturnClaim(true).param("usePhotosOnFile", "true").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var m = Pattern.compile("reference=(CLM-\\d{4}-\\d{6})")
                .matcher(result.getResponse().getRedirectedUrl());
        assertThat(m.find()).isTrue();
        assertThat(claims.details(m.group(1)).orElseThrow().attachments())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AttachmentKind.PHOTO);
                    assertThat(a.filename()).isEqualTo("kettle-at-pickup.png");
                });
    }

    @Test
    void aWrongReturnClaimFromTheFormWithoutPhotosOnFileIsRefusedAtTheField() throws Exception {
        var request = wrongReturnClaim(false).param("usePhotosOnFile", "true");
        String page = mvc.perform(request.with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("No photo uploaded, and none is on file for appeal", "id=\"photos-none\"");
    }

    @Test
    void everyProblemIsShownAtItsFieldInOneRound() throws Exception {
        var request = form(link("shenzhen-gadgets"))
                .file(new MockMultipartFile(
                        "file_EVIDENCE", "invoice.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                .param("category", "CANCEL_WRONG_ORDER")
                .param("orderNumber", "NG-240017")
                .param("sku", "ANY-SKU")
                .param(
                        "comment",
                        "Nous avons supprimé ce produit mais nous recevons encore des commandes chaque jour.");
        String page = mvc.perform(request.with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var atFields = org.jsoup.Jsoup.parse(page);
        assertThat(atFields.select("#problem strong").text()).isEqualTo("4 fields need attention.");
        assertThat(atFields.select("#f-orderNumber .invalid-feedback").text()).contains("is not an order of");
        assertThat(atFields.select("#f-reason .invalid-feedback").text()).contains("Reason");
        assertThat(atFields.select("#f-comment .invalid-feedback").text())
                .isEqualTo("Comment must be written in English.");
        assertThat(atFields.select("#f-attachments .text-danger").text()).contains("invoice.pdf is not a PDF");
    }

    @Test
    void theFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(form(link("lagos-lights")).param("category", "BILL_BREAKDOWN"))
                .andExpect(status().isForbidden());
    }
}
