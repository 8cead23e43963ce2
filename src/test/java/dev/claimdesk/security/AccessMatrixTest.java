package dev.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.claimdesk.support.ClaimDeskTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and endpoint by every role (issue 14): each endpoint the application maps must have an entry here (a new
 * one without an entry fails), anonymous visitors are sent to the login page, a role outside an endpoint's roles gets
 * 403, a role inside it gets past the gate, machine APIs take no signed-in person, and no request ends in a 500. The
 * rule inside a case (whose claim, whose task) is tested with real cases in WorkspaceAccessTest and the modules' tests;
 * here a made-up reference stands for a case the person does not have. The table of what each got is written to
 * target/access-matrix.md.
 */
@ClaimDeskTest
class AccessMatrixTest {

    static final List<String> ROLES =
            List.of("AGENT", "SUPERVISOR", "MANAGER", "WAREHOUSE", "BRAND_PROTECTION", "ADMIN");

    /** Who may pass an endpoint's gate. */
    sealed interface Access {}

    /** No login: the login page. */
    record Public() implements Access {}

    /** No login, a signed seller link instead: the seller's pages. */
    record SignedSellerLink() implements Access {}

    /** A machine client's bearer token only (seller center, brand-protection system, the reference services). */
    record Token() implements Access {}

    /** These roles pass; every other role gets 403. */
    record Roles(Set<String> roles) implements Access {}

    /** These roles pass the gate; whether the case is theirs decides next (403 or 404 for a case not theirs). */
    record Case(Set<String> roles) implements Access {}

    static final Set<String> ALL = Set.copyOf(ROLES);
    static final Set<String> OVERSEERS = Set.of("SUPERVISOR", "MANAGER", "ADMIN");
    static final Set<String> FINDINGS = Set.of("BRAND_PROTECTION", "SUPERVISOR", "MANAGER", "ADMIN");
    static final Set<String> RTV = Set.of("AGENT", "WAREHOUSE", "SUPERVISOR", "MANAGER", "ADMIN");

    static final Map<String, Access> MATRIX = new TreeMap<>();

    static void entry(Access access, String... endpoints) {
        for (String endpoint : endpoints) {
            if (MATRIX.put(endpoint, access) != null) {
                throw new IllegalStateException("Twice in the matrix: " + endpoint);
            }
        }
    }

    static {
        entry(new Public(), "GET /login");
        // the claim search shows each person only the claims they may open (ClaimSearchTest)
        entry(new Roles(ALL), "GET /", "GET /tasks", "GET /api/tasks", "GET /claims", "GET /claims/export.csv");
        entry(
                new Case(ALL),
                "GET /tasks/{key}",
                "POST /tasks/{key}/claim",
                "POST /tasks/{key}/unclaim",
                "POST /tasks/{key}/assign",
                "POST /tasks/{key}/complete",
                "GET /api/tasks/{key}",
                "POST /api/tasks/{key}/claim",
                "POST /api/tasks/{key}/unclaim",
                "POST /api/tasks/{key}/assign",
                "POST /api/tasks/{key}/complete",
                "GET /claims/{reference}",
                "GET /claims/{reference}/attachments/{id}",
                "GET /claims/{reference}/thread",
                "GET /claims/{reference}/thread/attachments/{id}",
                "GET /claims/{reference}/thread/{id}/original",
                "GET /claims/{reference}/thread/{id}/text",
                "GET /claims/{reference}/thread/{id}/whole");
        entry(new Roles(OVERSEERS), "GET /dashboard");
        entry(new Case(OVERSEERS), "GET /dashboard/export/{table}.csv");
        // a post without the form's confirmation starts nothing (DashboardRebuildTest)
        entry(new Roles(Set.of("ADMIN")), "GET /dashboard/rebuild", "POST /dashboard/rebuild");
        entry(new Roles(FINDINGS), "GET /findings");
        entry(new Case(FINDINGS), "GET /findings/{reference}", "GET /findings/{reference}/attachments/{id}");
        entry(new Roles(Set.of("BRAND_PROTECTION")), "GET /findings/new", "POST /findings");
        entry(new Roles(RTV), "GET /rtv");
        entry(new Case(RTV), "GET /rtv/{reference}", "GET /rtv/{reference}/photos/{id}");
        entry(new Case(Set.of("WAREHOUSE", "SUPERVISOR", "ADMIN")), "POST /rtv/{reference}/photos");
        entry(new Roles(Set.of("SUPERVISOR", "ADMIN")), "GET /mail/quarantine");
        entry(
                new Case(Set.of("SUPERVISOR", "ADMIN")),
                "GET /mail/quarantine/{id}/raw",
                "POST /mail/quarantine/{id}/assign",
                "POST /mail/quarantine/{id}/dismiss");
        entry(
                new Roles(Set.of("ADMIN")),
                "GET /admin/calendar",
                "POST /admin/calendar/days",
                "POST /admin/calendar/days/remove",
                "GET /admin/mail-demo",
                "POST /admin/mail-demo/reply",
                "POST /admin/mail-demo/send",
                "GET /admin/users",
                "POST /admin/users",
                "GET /admin/users/{username}",
                "POST /admin/users/{username}",
                "POST /admin/users/{username}/password",
                "GET /admin/teams",
                "POST /admin/teams",
                "POST /admin/teams/{id}",
                "POST /admin/teams/{id}/delete");
        entry(
                new SignedSellerLink(),
                "GET /seller/claims/new",
                "POST /seller/claims",
                "GET /seller/claims/submitted",
                "GET /seller/claims/photos-on-file",
                "GET /seller/rtv/new",
                "POST /seller/rtv",
                "GET /seller/rtv/requested");
        entry(
                new Token(),
                "POST /api/v1/claims",
                "GET /api/v1/claims/{reference}",
                "POST /api/v1/rtv-requests",
                "GET /api/v1/rtv-requests/{reference}",
                "POST /api/brand-protection/findings",
                "GET /api/brand-protection/findings/{reference}",
                "GET /reference/orders-api/orders/{orderNumber}",
                "POST /reference/orders-api/orders/{orderNumber}/items/{sku}/non-oos-cancellation",
                "GET /reference/orders-api/shops/{shop}",
                "GET /reference/orders-api/shops/{shop}/orders",
                "GET /reference/orders-api/shops/{shop}/skus/{sku}/delisting",
                "PUT /reference/orders-api/shops/{shop}/skus/{sku}/delisting",
                "GET /reference/billing-api/shops/{shop}/payouts",
                "GET /reference/billing-api/shops/{shop}/statements",
                "GET /reference/billing-api/shops/{shop}/statements/{period}/transactions",
                "POST /reference/billing-api/shops/{shop}/adjustments",
                "POST /reference/billing-api/shops/{shop}/penalties",
                "POST /reference/billing-api/penalties/{id}/reversal");
    }

    /** Spring's own error page, reached by forwarding, not by a person. */
    static final Set<String> NOT_ENDPOINTS = Set.of("GET /error");

    final List<String> failures = new ArrayList<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Set<String> endpoints(RequestMappingHandlerMapping mappings) {
        Set<String> out = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    out.add("GET " + pattern);
                } else {
                    methods.forEach(m -> out.add(m.name() + " " + pattern));
                }
            }
        });
        out.removeAll(NOT_ENDPOINTS);
        return out;
    }

    static String concrete(String pattern) {
        return pattern.replaceAll("\\{reference}", "CLM-2000-000001")
                .replaceAll("\\{[a-zA-Z]*[kK]ey}", "1")
                .replaceAll("\\{[a-zA-Z]*[iI]d}", "1")
                .replaceAll("\\{\\*?[a-zA-Z]+}", "x");
    }

    /** The status, with a redirect to the login page counted as 401; a request that blew up is a 500. */
    int status(String endpoint, String who) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
        var request = request(HttpMethod.valueOf(method), path).with(csrf());
        if (who != null) {
            request.with(
                    user("matrix-" + who.toLowerCase(java.util.Locale.ROOT)).roles(who));
        }
        org.springframework.mock.web.MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (jakarta.servlet.ServletException e) {
            failures.add(endpoint + " as " + who + ": " + e.getRootCause());
            return 500;
        }
        String location = response.getRedirectedUrl();
        if (response.getStatus() == 302 && location != null && location.contains("/login")) {
            return 401;
        }
        return response.getStatus();
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> mapped = endpoints(mappings);
        assertThat(mapped)
                .as("endpoints without an entry in AccessMatrixTest.MATRIX (add one: who may use it?)")
                .isSubsetOf(MATRIX.keySet());
        assertThat(MATRIX.keySet())
                .as("entries for endpoints that no longer exist")
                .isSubsetOf(mapped);
    }

    @Test
    void everyEndpointLetsInOnlyWhomTheMatrixNames() throws Exception {
        var table = new StringBuilder("| endpoint | access | anonymous | " + String.join(" | ", ROLES) + " |\n");
        table.append("|---|---|---|").append("---|".repeat(ROLES.size())).append("\n");
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (String endpoint : endpoints(mappings)) {
            Access access = MATRIX.get(endpoint);
            if (access == null) {
                continue; // reported by everyEndpointIsInTheMatrix
            }
            int anonymous = status(endpoint, null);
            requests++;
            table.append("| `")
                    .append(endpoint)
                    .append("` | ")
                    .append(access.getClass().getSimpleName());
            table.append(" | ").append(anonymous);
            boolean open = access instanceof Public || access instanceof SignedSellerLink;
            if (open == (anonymous == 401)) {
                wrong.add(endpoint + ": anonymous got " + anonymous);
            }
            for (String role : ROLES) {
                int status = status(endpoint, role);
                requests++;
                table.append(" | ").append(status);
                boolean gated = status == 401 || status == 403;
                String problem = switch (access) {
                    case Public p -> gated ? "refused" : null;
                    case SignedSellerLink l -> status == 401 ? "sent to the login page" : null;
                    case Token t -> gated ? null : "let in with a session";
                    case Roles r ->
                        r.roles().contains(role) ? (gated ? "refused" : null) : (status == 403 ? null : "not refused");
                    case Case c ->
                        c.roles().contains(role)
                                ? (status == 401 ? "sent to the login page" : null)
                                : (status == 403 ? null : "not refused");
                };
                if (problem != null) {
                    wrong.add(endpoint + " as " + role + ": " + problem + " (" + status + ")");
                }
            }
            table.append(" |\n");
        }
        table.append("\n")
                .append(requests)
                .append(" requests: ")
                .append(MATRIX.size())
                .append(" endpoints x (anonymous + ")
                .append(ROLES.size())
                .append(" roles).\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/access-matrix.md"), table);
        assertThat(failures).as("requests that ended in a server error").isEmpty();
        assertThat(wrong).as("see target/access-matrix.md").isEmpty();
    }
}
