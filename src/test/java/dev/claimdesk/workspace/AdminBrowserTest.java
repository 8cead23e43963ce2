package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.tasks.Tasks;
import io.camunda.client.CamundaClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Teams are data and an agent's queues follow them: an admin creates a team and a user of it in a real browser, and
 * that user sees the team's task in their queue (screenshots under target/screenshots/); an agent already signed in
 * sees a team's queue at their next click after an admin adds them; a team with open tasks stays.
 */
@ClaimDeskTest
class AdminBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Tasks tasks;

    WorkspaceFixtures fixtures;
    String admin;
    Browser browser;

    @BeforeEach
    void anAdmin(@Autowired CamundaClient client, @Autowired Claims claims) {
        fixtures = new WorkspaceFixtures(client, tasks, claims, users);
        admin = WorkspaceFixtures.unique("admin");
        users.saveUser(admin, "Ada Admin", WorkspaceFixtures.PASSWORD, Set.of(Role.ADMIN), Set.of());
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A claim whose work task waits in the team's queue. */
    String claimInQueue(String team) {
        String claim = fixtures.billBreakdown(WorkspaceFixtures.unique("shop"), "KE", "2026-09");
        fixtures.workTask(claim, team, Instant.now().plusSeconds(86_400 * 3), 60);
        return claim;
    }

    @Test
    void anAdminAddsAUserToANewTeamAndThatUserSeesTheTeamsQueue() {
        String team = WorkspaceFixtures.unique("returns");
        String newUser = WorkspaceFixtures.unique("li");
        browser = Browser.open(port);
        browser.signIn(admin, WorkspaceFixtures.PASSWORD);

        browser.click(By.id("nav-users"));
        browser.waitFor(By.id("users"));
        browser.click(By.id("tab-teams"));
        browser.waitFor(By.id("new-team"));
        browser.driver.findElement(By.id("team-id")).sendKeys(team);
        browser.driver.findElement(By.id("team-name")).sendKeys("Returns desk " + team);
        browser.click(By.id("create-team"));
        assertThat(browser.waitFor(By.id("done")).getText()).startsWith("Team Returns desk " + team + " is created");
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-team='" + team + "']")))
                .hasSize(1);
        browser.screenshot("admin-teams");
        String claim = claimInQueue(team);

        browser.click(By.id("tab-users"));
        browser.waitFor(By.id("new-user"));
        browser.driver.findElement(By.id("username")).sendKeys(newUser);
        browser.driver.findElement(By.id("displayName")).sendKeys("Li Na");
        browser.driver.findElement(By.id("password")).sendKeys(WorkspaceFixtures.PASSWORD);
        browser.click(By.id("role-AGENT"));
        browser.click(By.id("team-" + team));
        browser.click(By.id("create-user"));
        assertThat(browser.waitFor(By.id("done")).getText()).contains(newUser + " can sign in now");
        var row = browser.driver.findElement(By.cssSelector("tr[data-user='" + newUser + "']"));
        assertThat(row.getText()).contains("Li Na", "Agent", "Returns desk " + team, "Active");
        assertThat(browser.driver.findElement(By.cssSelector("#changes")).getText())
                .contains(admin, newUser, "created");
        assertTableFits();
        browser.screenshot("admin-users");

        browser.driver.manage().deleteAllCookies();
        browser.signIn(newUser, WorkspaceFixtures.PASSWORD);
        browser.go("/tasks?queue=team");
        browser.waitFor(By.id("tasks"));
        browser.waitUntil(() -> browser.driver.findElements(By.cssSelector("#tasks tbody tr")).stream()
                .anyMatch(r -> claim.equals(r.getAttribute("data-claim"))));
        browser.screenshot("admin-new-user-sees-team-queue");
    }

    @Test
    void aSignedInAgentSeesATeamsQueueAtTheirNextClickAfterAnAdminAddsThem() {
        String team = WorkspaceFixtures.unique("desk");
        var office = BackOffice.signIn(port, admin, WorkspaceFixtures.PASSWORD);
        office.post(
                "/admin/teams", office.get("/admin/teams").body(), Map.of("id", team, "name", team, "calendar", "cn"));
        String agent = fixtures.agent("seller-support"); // the bill claim is routed to billing
        String claim = claimInQueue(team);
        var agentSession = BackOffice.signIn(port, agent, WorkspaceFixtures.PASSWORD);
        assertThat(agentSession.get("/tasks?queue=team").body()).doesNotContain("data-claim=\"" + claim + "\"");
        assertThat(agentSession.get("/claims/" + claim).statusCode())
                .as("the claim is not theirs yet")
                .isIn(403, 404);

        var saved = office.postAll(
                "/admin/users/" + agent,
                office.get("/admin/users/" + agent).body(),
                Map.of(
                        "displayName", List.of("Agent " + agent),
                        "roles", List.of("AGENT"),
                        "teams", List.of("seller-support", team),
                        "_enabled", List.of("on"),
                        "enabled", List.of("true")));
        assertThat(saved.statusCode()).isEqualTo(302);

        assertThat(agentSession.get("/tasks?queue=team").body()).contains("data-claim=\"" + claim + "\"");
        assertThat(agentSession.get("/claims/" + claim).statusCode()).isEqualTo(200);

        office.post(
                "/admin/teams/" + team + "/delete", office.get("/admin/teams").body(), Map.of());
        assertThat(office.get("/admin/teams").body())
                .contains("is in use and stays: 1 member (" + agent + "); 1 open task in its queue");
    }

    /** No table is wider than the 1280 px window. */
    void assertTableFits() {
        Long overflow = (Long) browser.driver.executeScript(
                "return Math.max(document.documentElement.scrollWidth - window.innerWidth, 0)");
        assertThat(overflow).as("horizontal overflow at 1280 px").isZero();
    }
}
