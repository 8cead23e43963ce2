package dev.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.security.internal.AuditRow;
import dev.claimdesk.security.internal.UserAdministration;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The users and teams pages over real HTTP, as an admin uses them: a user is created, edited, disabled and given a new
 * password; every change lands in the audit log; a team created here is data the dashboard's filter offers; a team in
 * use stays. The last-admin rule on its own: {@code internal.LastAdminTest}.
 */
@ClaimDeskTest
class UserAdminTest {

    static final String PASSWORD = "admin-test-pass";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    UserAdministration administration;

    String admin;
    BackOffice office;

    @BeforeEach
    void signInAsAdmin() {
        admin = unique("ada");
        users.saveUser(admin, "Ada " + admin, PASSWORD, Set.of(Role.ADMIN), Set.of());
        office = BackOffice.signIn(port, admin, PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a user through the page: an agent of the given teams. */
    String createAgent(String... teams) {
        String name = unique("li");
        var created = office.postAll(
                "/admin/users",
                office.get("/admin/users").body(),
                Map.of(
                        "username", List.of(name),
                        "displayName", List.of("Li Na"),
                        "password", List.of(PASSWORD),
                        "roles", List.of("AGENT"),
                        "teams", List.of(teams)));
        assertThat(created.statusCode()).isEqualTo(302);
        return name;
    }

    /** Saves the user's form as the edit page posts it; without "enabled" the switch is off. */
    int edit(String user, List<String> roles, List<String> teams, boolean enabled) {
        var fields = new java.util.LinkedHashMap<String, List<String>>();
        fields.put("displayName", List.of("Li Na"));
        fields.put("roles", roles);
        fields.put("teams", teams);
        fields.put("_enabled", List.of("on"));
        if (enabled) {
            fields.put("enabled", List.of("true"));
        }
        return office.postAll(
                        "/admin/users/" + user,
                        office.get("/admin/users/" + user).body(),
                        fields)
                .statusCode();
    }

    @Test
    void aCreatedUserSignsInWithTheirRolesAndTeamsAndTheListShowsTheirLabels() {
        String li = createAgent("billing", "seller-support");

        assertThat(BackOffice.canSignIn(port, li, PASSWORD)).isTrue();
        String list = office.get("/admin/users").body();
        assertThat(list)
                .contains("data-user=\"" + li + "\"")
                .contains("Billing, Seller support")
                .contains(">Agent<")
                .doesNotContain(">AGENT<", ">seller-support<");
        assertThat(BackOffice.signIn(port, li, PASSWORD).get("/admin/users").statusCode())
                .as("an agent may not manage users")
                .isEqualTo(403);
    }

    @Test
    void aWrongNewUserIsRefusedWithEveryMessageAtOnceAndNothingIsStored() {
        var page = office.post(
                "/admin/users",
                office.get("/admin/users").body(),
                Map.of("username", "Bad Name!", "displayName", " ", "password", "short"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("Use 2 to 50 lowercase letters")
                .contains("Enter the person&#39;s name")
                .contains("at least 8 characters")
                .contains("Choose at least one role.");
        assertThat(users.exists("Bad Name!")).isFalse();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        String name = unique("forged");
        var forged = office.postWithoutToken(
                "/admin/users", Map.of("username", name, "displayName", "X", "password", PASSWORD, "roles", "ADMIN"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(users.exists(name)).isFalse();
    }

    @Test
    void aDisabledUserIsSignedOutAtOnceAndCannotSignInAgain() {
        String li = createAgent("billing");
        var theirSession = BackOffice.signIn(port, li, PASSWORD);
        assertThat(theirSession.get("/tasks").statusCode()).isEqualTo(200);

        assertThat(edit(li, List.of("AGENT"), List.of("billing"), false)).isEqualTo(302);

        var next = theirSession.get("/tasks");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(BackOffice.canSignIn(port, li, PASSWORD)).isFalse();
        assertThat(office.get("/admin/users").body()).contains("Disabled");

        assertThat(edit(li, List.of("AGENT"), List.of("billing"), true)).isEqualTo(302);
        assertThat(BackOffice.canSignIn(port, li, PASSWORD)).as("enabled again").isTrue();
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        String li = createAgent("billing");
        String page = office.get("/admin/users/" + li).body();

        var tooShort = office.post("/admin/users/" + li + "/password", page, Map.of("password", "1234"));
        assertThat(office.get(tooShort.headers()
                                .firstValue("Location")
                                .orElseThrow()
                                .replaceFirst("^http://[^/]+", ""))
                        .body())
                .contains("at least 8 characters");
        assertThat(BackOffice.canSignIn(port, li, PASSWORD))
                .as("a refused reset changes nothing")
                .isTrue();

        office.post("/admin/users/" + li + "/password", page, Map.of("password", "a-new-secret-1"));

        assertThat(BackOffice.canSignIn(port, li, PASSWORD))
                .as("the old password")
                .isFalse();
        assertThat(BackOffice.canSignIn(port, li, "a-new-secret-1"))
                .as("the new password")
                .isTrue();
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoWhenAndBeforeAndAfter() {
        String li = createAgent("billing");
        edit(li, List.of("AGENT", "SUPERVISOR"), List.of("billing", "seller-support"), true);
        office.post(
                "/admin/users/" + li + "/password",
                office.get("/admin/users/" + li).body(),
                Map.of("password", "another-secret"));
        edit(li, List.of("AGENT", "SUPERVISOR"), List.of("billing", "seller-support"), true); // no change

        List<AuditRow> changes = administration.changesOf(li);
        assertThat(changes)
                .extracting(AuditRow::action)
                .containsExactly("password reset", "roles, teams changed", "created");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.actor()).isEqualTo(admin);
            assertThat(c.at()).isNotNull();
        });
        AuditRow edited = changes.get(1);
        assertThat(edited.before()).isEqualTo("roles: Agent · teams: Billing");
        assertThat(edited.after()).isEqualTo("roles: Agent, Supervisor · teams: Billing, Seller support");
        assertThat(changes.get(0).before()).as("never a password").isNull();
        assertThat(changes.get(0).after()).isNull();
        assertThat(changes.get(2).after()).contains("name: Li Na", "roles: Agent", "teams: Billing", "status: active");

        String page = office.get("/admin/users/" + li).body();
        assertThat(page).contains("roles: Agent, Supervisor · teams: Billing, Seller support", "password reset");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        assertThat(edit(admin, List.of("ADMIN"), List.of(), false)).isEqualTo(400);
        assertThat(office.get("/admin/users/" + admin).body()).doesNotContain("Disabled");

        var demote = office.postAll(
                "/admin/users/" + admin,
                office.get("/admin/users/" + admin).body(),
                Map.of(
                        "displayName",
                        List.of("Ada"),
                        "roles",
                        List.of("SUPERVISOR"),
                        "_enabled",
                        List.of("on"),
                        "enabled",
                        List.of("true")));
        assertThat(demote.statusCode()).isEqualTo(400);
        assertThat(demote.body()).contains("You cannot take away your own Admin role: another admin can.");
        assertThat(office.get("/admin/users").statusCode()).as("still an admin").isEqualTo(200);
    }

    @Test
    void aTeamCreatedHereIsOfferedByTheDashboardFilterAndCanBeRenamed() {
        String id = unique("desk");
        var created = office.post(
                "/admin/teams",
                office.get("/admin/teams").body(),
                Map.of("id", id, "name", "Returns desk " + id, "calendar", "cn"));
        assertThat(created.statusCode()).isEqualTo(302);

        assertThat(office.get("/dashboard").body())
                .contains("<option value=\"" + id + "\">Returns desk " + id + "</option>");

        office.post(
                "/admin/teams/" + id,
                office.get("/admin/teams").body(),
                Map.of("name", "Returns " + id, "calendar", "cn"));
        assertThat(office.get("/dashboard").body()).contains(">Returns " + id + "</option>");
        assertThat(office.get("/admin/teams").body()).contains("renamed", "Returns desk " + id + " · calendar cn");
    }

    @Test
    void aWrongTeamIsRefusedWithItsMessages() {
        var page = office.post(
                "/admin/teams",
                office.get("/admin/teams").body(),
                Map.of("id", "billing", "name", "Billing", "calendar", "nowhere"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("There is already a team with the id billing.")
                .contains("Another team is already called Billing.")
                .contains("Choose one of the calendars: ");
    }

    @Test
    void aTeamWithMembersStaysAndAnUnusedOneGoes() {
        String id = unique("desk");
        office.post("/admin/teams", office.get("/admin/teams").body(), Map.of("id", id, "name", id, "calendar", "cn"));
        String li = createAgent(id);

        var refused = office.post(
                "/admin/teams/" + id + "/delete", office.get("/admin/teams").body(), Map.of());
        assertThat(office.get("/admin/teams").body())
                .contains("The team " + id + " is in use and stays: 1 member (" + li + ")")
                .contains("data-team=\"" + id + "\"");
        assertThat(refused.statusCode()).isEqualTo(302);

        edit(li, List.of("AGENT"), List.of("billing"), true);
        office.post("/admin/teams/" + id + "/delete", office.get("/admin/teams").body(), Map.of());
        String after = office.get("/admin/teams").body();
        assertThat(after).contains("Team " + id + " is deleted.").doesNotContain("data-team=\"" + id + "\"");
        assertThat(after).contains("deleted");
    }
}
