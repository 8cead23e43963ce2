package dev.claimdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in browser session over real HTTP: form login and forms with their CSRF token. */
public final class BackOffice {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private BackOffice(int port) {
        this.port = port;
    }

    public static BackOffice signIn(int port, String user, String password) {
        var session = new BackOffice(port);
        assertThat(session.login(user, password)).as("%s signs in", user).isTrue();
        return session;
    }

    /** A browser that has not signed in. */
    public static BackOffice anonymous(int port) {
        return new BackOffice(port);
    }

    /** Whether the login form takes this user and password (a refused login goes back to /login?error). */
    public static boolean canSignIn(int port, String user, String password) {
        return new BackOffice(port).login(user, password);
    }

    private boolean login(String user, String password) {
        var login = post("/login", get("/login").body(), Map.of("username", user, "password", password));
        return login.headers()
                .firstValue("Location")
                .filter(l -> !l.contains("error"))
                .isPresent();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build());
    }

    /** Posts a form with the CSRF token of the page it is on. */
    public HttpResponse<String> post(String path, String page, Map<String, String> fields) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        fields.forEach((name, value) -> form.put(name, List.of(value)));
        return postAll(path, page, form);
    }

    /** Posts a form whose fields may have several values (a checklist), with the CSRF token of its page. */
    public HttpResponse<String> postAll(String path, String page, Map<String, List<String>> fields) {
        var form = new LinkedHashMap<>(fields);
        form.put("_csrf", List.of(csrf(page)));
        String body = form.entrySet().stream()
                .flatMap(e ->
                        e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A form post without the page's token: what a forged cross-site request looks like. */
    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public static String csrf(String page) {
        var m = CSRF.matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
