package dev.claimdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ReferenceOrderFixture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The seller's RTV request form: opened with the claim form's signed link, the same rules as the API. */
@ClaimDeskTest
class SellerRtvFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SellerLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RtvCases rtvCases;

    String[] link() {
        var m = Pattern.compile("shop=([^&]+)&expires=(\\d+)&sig=([0-9a-f]+)")
                .matcher(links.formLink(ReferenceOrderFixture.SHOP));
        assertThat(m.find()).isTrue();
        return new String[] {m.group(1), m.group(2), m.group(3)};
    }

    MockHttpServletResponse submit(String[] link, String orderNumber, String sku) throws Exception {
        return mvc.perform(post("/seller/rtv")
                        .param("shop", link[0])
                        .param("expires", link[1])
                        .param("sig", link[2])
                        .param("orderNumber", orderNumber)
                        .param("sku", sku)
                        .param("reason", "The returned parcel holds a <b>different</b> lamp.")
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    @Test
    void aSellerRequestsAReturnedItemBackFromTheFormTheClaimFormLinksTo() throws Exception {
        String[] link = link();
        String query = "?shop=" + link[0] + "&expires=" + link[1] + "&sig=" + link[2];
        String claimForm = mvc.perform(get("/seller/claims/new" + query))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(claimForm).contains("href=\"/seller/rtv/new" + query.replace("&", "&amp;") + "\"");
        assertThat(mvc.perform(get("/seller/rtv/new" + query))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Request a returned item back");

        String order = ReferenceOrderFixture.order(jdbc, "RETURNED");
        var response = submit(link, order, ReferenceOrderFixture.SKU);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        var m = Pattern.compile("reference=(RTV-[0-9-]+)").matcher(response.getRedirectedUrl());
        assertThat(m.find()).isTrue();
        var rtv = rtvCases.find(m.group(1)).orElseThrow();
        assertThat(rtv.orderNumber()).isEqualTo(order);
        assertThat(rtv.reason()).isEqualTo("The returned parcel holds a <b>different</b> lamp.");

        String page = mvc.perform(get(response.getRedirectedUrl()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(rtv.reference()).contains("5 working days after the pickup");
    }

    @Test
    void anItemThatWasNotReturnedIsRefusedNextToItsFieldAndTheValuesStay() throws Exception {
        String order = ReferenceOrderFixture.order(jdbc, "DELIVERED");
        var response = submit(link(), order, ReferenceOrderFixture.SKU);
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("is-invalid")
                .contains("value=\"" + order + "\"")
                .contains("&lt;b&gt;different&lt;/b&gt;");
    }

    @Test
    void aWrongOrExpiredLinkOpensNothing() throws Exception {
        String[] link = link();
        assertThat(mvc.perform(get("/seller/rtv/new?shop=" + link[0] + "&expires=" + link[1] + "&sig=00"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        link[2] = "00" + link[2].substring(2);
        assertThat(submit(link, "NG-1", "SKU").getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/seller/rtv/new?shop=" + link[0] + "&expires=1&sig=" + link[2]))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
