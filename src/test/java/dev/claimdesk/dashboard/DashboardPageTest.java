package dev.claimdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.platform.BulkInsert;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard over HTTP: who may see it, bad input in the URL, and the streamed CSV export of 100,000 claims. */
@ClaimDeskTest
class DashboardPageTest {

    static final int ROWS = 100_000;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void managersSupervisorsAndAdminsSeeItAgentsDoNotAndStrangersSignInFirst() {
        users.saveUser("dash-manager", "Dana Manager", "pw-dash", Set.of(Role.MANAGER), Set.of());
        users.saveUser("dash-supervisor", "Dan Supervisor", "pw-dash", Set.of(Role.SUPERVISOR), Set.of("billing"));
        users.saveUser("dash-agent", "Dora Agent", "pw-dash", Set.of(Role.AGENT), Set.of("billing"));

        var manager = BackOffice.signIn(port, "dash-manager", "pw-dash");
        var page = manager.get("/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Answered within 3 working days", "Open backlog", "id=\"chart-days\"");
        assertThat(page.body()).as("the nav offers it").contains("id=\"nav-dashboard\"");
        assertThat(manager.get("/dashboard/export/days.csv").statusCode()).isEqualTo(200);

        assertThat(BackOffice.signIn(port, "dash-supervisor", "pw-dash")
                        .get("/dashboard")
                        .statusCode())
                .isEqualTo(200);
        var agent = BackOffice.signIn(port, "dash-agent", "pw-dash");
        assertThat(agent.get("/dashboard").statusCode()).isEqualTo(403);
        assertThat(agent.get("/dashboard/export/claims.csv").statusCode()).isEqualTo(403);
        assertThat(agent.get("/tasks").body()).doesNotContain("id=\"nav-dashboard\"");

        var stranger = HttpClient.newHttpClient();
        var anonymous = send(stranger, "/dashboard/export/claims.csv");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void malformedFiltersAreDroppedAndSaidSoNeverAFailedPage() {
        users.saveUser("dash-manager2", "Dana Manager", "pw-dash", Set.of(Role.MANAGER), Set.of());
        var manager = BackOffice.signIn(port, "dash-manager2", "pw-dash");

        var page = manager.get("/dashboard?from=yesterday&to=2026-10-12&category=%3Cscript%3E&team=billing");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("&quot;yesterday&quot; is not a date (yyyy-mm-dd) for from; the default is used.")
                .contains("Unknown category &quot;&lt;script&gt;&quot;")
                .doesNotContain("<script>\"")
                .contains("2026-09-13 – 2026-10-12", "value=\"billing\" selected");
        var swapped = manager.get("/dashboard?from=2026-10-12&to=2026-10-01");
        assertThat(swapped.body()).contains("2026-10-01 – 2026-10-12", "they were swapped");
        assertThat(manager.get("/dashboard/export/nothing.csv").statusCode()).isEqualTo(404);
    }

    /**
     * 100,000 claims behind the figures, exported while the test reads the response line by line: halfway through,
     * the server's heap (after a GC) has grown by far less than the rows would take if they were held in memory.
     */
    @Test
    void theClaimsExportStreams100000RowsInConstantMemory() throws Exception {
        String process = "Export-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime start = LocalDateTime.of(2026, 6, 1, 2, 0);
        new BulkInsert(
                        jdbc,
                        "dashboard_claim",
                        List.of(
                                "reference",
                                "process",
                                "category",
                                "country",
                                "team",
                                "submitted_at",
                                "first_response_at",
                                "closed_at",
                                "outcome",
                                "is_open"),
                        "")
                .insert(new Iterator<>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        return i < ROWS;
                    }

                    @Override
                    public Object[] next() {
                        i++;
                        LocalDateTime at = start.plusSeconds(20L * i);
                        return new Object[] {
                            "EXP-" + process.substring(7) + "-" + i,
                            process,
                            "BILL_BREAKDOWN",
                            "KE",
                            "billing",
                            at,
                            at.plusHours(5),
                            at.plusHours(30),
                            "ACCEPTED",
                            false
                        };
                    }
                });
        users.saveUser("dash-exporter", "Eve Exporter", "pw-dash", Set.of(Role.MANAGER), Set.of());
        var client = signedInClient("dash-exporter", "pw-dash");

        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/dashboard/export/claims.csv?from=2026-06-01&to=2026-06-30&process=" + process))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        long lines = 0;
        long bytes = 0;
        long grownMidway = -1;
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (lines == 0) {
                    assertThat(line).startsWith("reference,process,category");
                } else if (lines == 1) {
                    assertThat(line).startsWith("EXP-").contains(",billing,2026-06-01T02:00:20Z,");
                }
                lines++;
                bytes += line.length() + 2;
                if (lines == ROWS / 2) {
                    System.gc();
                    grownMidway = memory.getHeapMemoryUsage().getUsed() - before;
                }
            }
        }
        assertThat(lines).as("the header and every row, no cap").isEqualTo(ROWS + 1);
        assertThat(bytes)
                .as("the export is bigger than what the heap may grow by")
                .isGreaterThan(10_000_000);
        assertThat(grownMidway)
                .as("heap growth halfway through (bytes): no list of rows, no buffered body")
                .isLessThan(8_000_000);
    }

    /** A signed-in HTTP client that can read a response as a stream (BackOffice reads whole bodies). */
    HttpClient signedInClient(String user, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var login = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String body = "username=" + user + "&password=" + password + "&_csrf=" + BackOffice.csrf(login.body());
        client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return client;
    }

    HttpResponse<String> send(HttpClient client, String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
