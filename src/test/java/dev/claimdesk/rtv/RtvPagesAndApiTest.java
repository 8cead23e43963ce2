package dev.claimdesk.rtv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ApiClient;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ReferenceOrderFixture;
import dev.claimdesk.tasks.Tasks;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP: the seller center's RTV requests (the item must be Returned; an integration sees its own shops'
 * cases only), and who may see the RTV pages and add photos.
 */
@ClaimDeskTest
class RtvPagesAndApiTest {

    static final String PASSWORD = "rtv-pages-pass";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    RtvCases rtvCases;

    @Autowired
    Tasks tasks;

    @Autowired
    ClaimIntake intake;

    String staff;
    String manager;

    @BeforeEach
    void people() {
        staff = "wh-" + UUID.randomUUID().toString().substring(0, 8);
        users.saveUser(staff, "Warehouse", PASSWORD, Set.of(Role.WAREHOUSE), Set.of(WrongReturnRtv.WAREHOUSE_GROUP));
        manager = "mg-" + UUID.randomUUID().toString().substring(0, 8);
        users.saveUser(manager, "Manager", PASSWORD, Set.of(Role.MANAGER), Set.of());
    }

    ApiClient.Response request(String token, String orderNumber) {
        return new ApiClient(port)
                .send(
                        "POST",
                        "/api/v1/rtv-requests",
                        Map.of("shop", RtvFixtures.SHOP, "orderNumber", orderNumber, "sku", RtvFixtures.SKU),
                        Map.of("Authorization", "Bearer " + token));
    }

    @Test
    void theSellerCenterRequestsAReturnedItemBackAndFollowsTheCase() {
        String returned = ReferenceOrderFixture.order(jdbc, "RETURNED");
        var created = request("test-seller-center-token", returned);
        assertThat(created.status()).isEqualTo(201);
        String reference = created.body().get("reference").asText();
        assertThat(reference).matches("RTV-\\d{4}-\\d{6}");
        assertThat(created.body().get("statusLabel").asText()).isEqualTo("Requested: pickup to schedule");

        var status = new ApiClient(port)
                .send(
                        "GET",
                        "/api/v1/rtv-requests/" + reference,
                        null,
                        Map.of("Authorization", "Bearer test-seller-center-token"));
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("orderNumber").asText()).isEqualTo(returned);
        var foreign = new ApiClient(port)
                .send(
                        "GET",
                        "/api/v1/rtv-requests/" + reference,
                        null,
                        Map.of("Authorization", "Bearer an-unknown-token"));
        assertThat(foreign.status()).isEqualTo(401);
    }

    @Test
    void anItemThatIsNotReturnedIsRefusedNamingTheField() {
        String delivered = ReferenceOrderFixture.order(jdbc, "DELIVERED");
        var refused = request("test-seller-center-token", delivered);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("sku");
        assertThat(refused.body().get("errors").get(0).get("message").asText()).contains("is Delivered, not Returned");
        assertThat(request("wrong-token", delivered).status()).isEqualTo(401);
    }

    @Test
    void warehouseStaffSeeTheirCasesAndAddPhotosOthersOnlyLook() {
        RtvCase rtvCase = new RtvFixtures(rtvCases, tasks, intake, jdbc).request();
        var warehouse = BackOffice.signIn(port, staff, PASSWORD);
        // home points warehouse staff to their RTV cases (and lists their pickups due today)
        assertThat(warehouse.get("/").body()).contains("id=\"place-rtv\"").contains("href=\"/rtv\"");
        assertThat(warehouse.get("/rtv").body()).contains(rtvCase.reference());
        var page = warehouse.get("/rtv/" + rtvCase.reference());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Requested: pickup to schedule").contains("id=\"rtv-photo-form\"");

        var lookingOnly = BackOffice.signIn(port, manager, PASSWORD);
        var managerPage = lookingOnly.get("/rtv/" + rtvCase.reference());
        assertThat(managerPage.statusCode()).isEqualTo(200);
        assertThat(managerPage.body()).doesNotContain("id=\"rtv-photo-form\"");
        assertThat(lookingOnly
                        .post("/rtv/" + rtvCase.reference() + "/photos", managerPage.body(), Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(lookingOnly.get("/rtv/RTV-2026-999999").statusCode()).isEqualTo(404);
    }
}
