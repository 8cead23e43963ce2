package dev.claimdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.claimdesk.claims.AttachmentKind;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.support.ClaimDeskTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void theFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(form(link("lagos-lights")).param("category", "BILL_BREAKDOWN"))
                .andExpect(status().isForbidden());
    }
}
