package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.PlatformProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded engine, database and mail server in a JVM of their own (scripts/local-servers.sh): they keep running
 * while the application is stopped, restarted or killed, so a restarted application finds every claim, task, waiting
 * process and mail where it was. The application connects to them with the settings for outside servers, which this
 * writes to an env file ({@code target/local-servers.env}). Nothing survives a stop of this JVM: it is for
 * development, demos and the crash tests, like the embedded default (ADR 0191).
 */
public final class LocalServers {

    private static final Logger log = LoggerFactory.getLogger(LocalServers.class);

    /** A fixed port by default, so the env file stays right across restarts of these servers too. */
    static final int DEFAULT_DATABASE_PORT = 3307;

    private LocalServers() {}

    /** Arguments as for the application, e.g. {@code --claimdesk.engine.port=26500 --env-file=target/x.env}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        PlatformProperties settings = Binder.get(env).bindOrCreate("claimdesk", PlatformProperties.class);
        var database = settings.database().port() != 0
                ? settings.database()
                : new PlatformProperties.Database(
                        settings.database().embedded(),
                        DEFAULT_DATABASE_PORT,
                        settings.database().testcontainersImage(),
                        settings.database().bufferPool());

        Map<String, Object> application = new LinkedHashMap<>();
        application.putAll(EmbeddedDatabase.obtain(database).springProperties());
        application.putAll(EmbeddedMailServer.obtain(settings.mail()).springProperties());
        application.putAll(EmbeddedEngine.obtain(settings.engine().port(), settings.timeZone())
                .springProperties());
        application.put("claimdesk.engine.embedded", false);
        application.put("claimdesk.mail.embedded", false);
        application.put("claimdesk.mail.imap.username", settings.mail().imap().username());
        // reply addresses are signed; the secret must outlive the application's restarts, as the mail it signed does
        application.put(
                "claimdesk.mail.reply-token-secret",
                env.getProperty(
                        "claimdesk.mail.reply-token-secret",
                        HexFormat.of().formatHex(new SecureRandom().generateSeed(24))));

        Path file = Path.of(env.getProperty("env-file", "target/local-servers.env"));
        write(file, application);
        log.info(
                "Local servers ready. Start the application against them with: set -a; . {}; set +a; ./mvnw spring-boot:run",
                file);
        new CountDownLatch(1).await(); // until SIGTERM or Ctrl-C: the servers' shutdown hooks stop them
    }

    /** One {@code NAME=value} line per setting, in the environment-variable form Spring Boot reads. */
    static void write(Path file, Map<String, Object> settings) throws IOException {
        var out = new StringBuilder(
                "# The application's settings for the local servers (scripts/local-servers.sh); valid while they run.\n");
        settings.forEach((name, value) -> out.append(variable(name))
                .append("='")
                .append(String.valueOf(value).replace("'", "'\\''"))
                .append("'\n"));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        // whole or not at all: whoever waits for the file (a developer's shell, LocalServersIT) never reads half of it
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, out);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code camunda.client.grpc-address} becomes {@code CAMUNDA_CLIENT_GRPC_ADDRESS}. */
    static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
