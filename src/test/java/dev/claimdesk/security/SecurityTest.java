package dev.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.support.ClaimDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: only the login page, static assets and the health status answer without a login. */
@ClaimDeskTest
class SecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    @BeforeEach
    void users() {
        users.saveUser("sec-agent", "Agent", "agent-pass", Set.of(Role.AGENT), Set.of("seller-support"));
        users.saveUser("sec-manager", "Manager", "manager-pass", Set.of(Role.MANAGER), Set.of());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        var home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
        assertThat(get("/webjars/bootstrap/css/bootstrap.min.css", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyStylesheetAndScriptAPageLinksIsServed() throws Exception {
        String login = get("/login", null).body();
        var links = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"")
                .matcher(login)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(links).anyMatch(l -> l.startsWith("/webjars/bootstrap/")).anyMatch(l -> l.startsWith("/css/"));
        for (String link : links) {
            assertThat(get(link, null).statusCode()).as(link).isEqualTo(200);
        }
        assertThat(get("/js/task-form.js", null).statusCode()).isEqualTo(200);
        // only /css, /js and /webjars serve files: nothing else on the classpath is reachable by a path
        assertThat(get("/application.yml", null).statusCode()).isNotEqualTo(200);
    }

    @Test
    void healthStatusIsPublicButItsDetailsAndOtherEndpointsAreNot() throws Exception {
        var health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("sec-agent", "agent-pass")).statusCode())
                .isEqualTo(403);
        var scrape = get("/actuator/prometheus", basic("sec-manager", "manager-pass"));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("jvm_memory_used_bytes")
                .contains("claimdesk_claims_open{status=\"IN_PROGRESS\"}");
    }

    @Test
    void theThirdPartyLicenceListIsServedToManagersOnly() throws Exception {
        assertThat(get("/actuator/sbom/application", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/sbom/application", basic("sec-agent", "agent-pass"))
                        .statusCode())
                .isEqualTo(403);
        var sbom = get("/actuator/sbom/application", basic("sec-manager", "manager-pass"));
        assertThat(sbom.statusCode()).isEqualTo(200);
        // the build's list names every dependency's licence, the embedded engine's among them
        assertThat(sbom.body()).contains("zeebe-workflow-engine").contains("Camunda License");
    }

    @Test
    void formLoginNeedsTheCsrfTokenAndTheRightPassword() throws Exception {
        String token = csrfToken(get("/login", null).body());

        assertThat(postLogin("sec-agent", "agent-pass", null).statusCode()).isEqualTo(403);
        var wrong = postLogin("sec-agent", "nope", token);
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        var ok = postLogin(
                "sec-agent", "agent-pass", csrfToken(get("/login", null).body()));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        var home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("sec-agent");
        assertThat(get("/admin/anything", null).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> postLogin(String user, String password, String csrf) throws Exception {
        String form = "username=" + user + "&password=" + password + (csrf == null ? "" : "&_csrf=" + csrf);
        return http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static String csrfToken(String html) {
        var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("login form carries a CSRF token").isTrue();
        return m.group(1);
    }
}
