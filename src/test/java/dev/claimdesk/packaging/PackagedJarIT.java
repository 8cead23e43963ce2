package dev.claimdesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built jar runs like `./mvnw spring-boot:run`: started with `java -jar` and the demo profile, on the embedded
 * engine, database and mail server, it answers its login page. Run by failsafe after
 * `package` (the jar must exist), so it proves what a user gets, not what the test classpath has.
 */
class PackagedJarIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private Process app;
    private Path log;

    @Test
    void theBuiltJarStartsTheDemoAndAnswersItsLoginPage() throws Exception {
        int port = BuiltJar.freePort();
        log = Files.createTempFile("claimdesk-jar", ".log");
        List<String> command = new ArrayList<>(List.of(
                BuiltJar.java(),
                "-Xmx1g",
                "-jar",
                BuiltJar.path().toString(),
                "--spring.profiles.active=demo",
                "--claimdesk.engine.port=0",
                "--claimdesk.mail.smtp-port=0",
                "--claimdesk.mail.imap-port=0",
                // the made-up past is not what this test is about, and costs time on a busy machine
                "--claimdesk.demo.history-claims=0"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().remove("SPRING_DATASOURCE_URL");
        app = builder.start();

        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI login = URI.create("http://localhost:" + port + "/login");
        int status = awaitAnswer(http, login);

        assertThat(status)
                .as("GET /login of the packaged jar; its log: %s", log)
                .isEqualTo(200);
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("name=\"username\"").contains("name=\"password\"");

        // every demo claim, RTV request and finding went through intake: none refused (the cases follow "ready")
        awaitLog("ClaimDesk is ready");
        String started = awaitLog("Demo cases loaded");
        assertThat(started).contains("Log in as").doesNotContain("refused").doesNotContain("could not be");
    }

    private String awaitLog(String line) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        String text = Files.readString(log);
        while (!text.contains(line) && System.nanoTime() < deadline && app.isAlive()) {
            Thread.sleep(1000); // a separate process's log: there is no event to wait for
            text = Files.readString(log);
        }
        assertThat(text).as("the packaged jar's log").contains(line);
        return text;
    }

    private int awaitAnswer(HttpClient http, URI uri) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError(
                        "the packaged jar stopped with exit code " + app.exitValue() + ": " + BuiltJar.tail(log));
            }
            try {
                return http.send(
                                HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException notYet) {
                Thread.sleep(1000); // polling a separate process: there is no event to wait for
            }
        }
        throw new AssertionError("the packaged jar did not answer within " + START_LIMIT + ": " + BuiltJar.tail(log));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app == null) {
            return;
        }
        BuiltJar.stop(app);
    }
}
