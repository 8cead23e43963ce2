package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.PlatformProperties;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Probes the database, engine gateway, SMTP and IMAP servers with a TCP connect before the application starts. */
final class ReachabilityCheck {

    private final Environment env;
    private final PlatformProperties settings;

    ReachabilityCheck(Environment env, PlatformProperties settings) {
        this.env = env;
        this.settings = settings;
    }

    void run() {
        String jdbcUrl = env.getProperty("spring.datasource.url");
        if (StringUtils.hasText(jdbcUrl)) {
            probe("database", "spring.datasource.url", jdbcUrl, hostPortOfJdbcUrl(jdbcUrl), 3306);
        }
        if (env.getProperty("camunda.client.enabled", Boolean.class, true)) {
            String grpc = env.getProperty("camunda.client.grpc-address", "http://localhost:26500");
            probe("Zeebe gateway", "camunda.client.grpc-address", grpc, URI.create(grpc), 26500);
        }
        String smtpHost = env.getProperty("spring.mail.host");
        if (StringUtils.hasText(smtpHost)) {
            int port = env.getProperty("spring.mail.port", Integer.class, 25);
            probe(
                    "SMTP server",
                    "spring.mail.host/port",
                    smtpHost + ":" + port,
                    URI.create("smtp://" + smtpHost + ":" + port),
                    25);
        }
        var imap = settings.mail().imap();
        probe(
                "IMAP server",
                "claimdesk.mail.imap.host/port",
                imap.host() + ":" + imap.port(),
                URI.create("imap://" + imap.host() + ":" + imap.port()),
                143);
    }

    private void probe(String what, String setting, String configured, URI target, int defaultPort) {
        String host = target.getHost() == null ? "localhost" : target.getHost();
        int port = target.getPort() == -1 ? defaultPort : target.getPort();
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int)
                    settings.startupCheck().timeout().toMillis());
        } catch (IOException e) {
            throw StartupProblem.unreachable(what, host + ":" + port, setting, configured, e);
        }
    }

    /** jdbc:mysql://host:port/db?x=y (also with several hosts: the first one is probed). */
    static URI hostPortOfJdbcUrl(String jdbcUrl) {
        String rest = jdbcUrl.replaceFirst("^jdbc:[a-z]+(:[a-z]+)?://", "");
        String hostPort = rest.split("[/?,]", 2)[0];
        return URI.create("db://" + hostPort);
    }
}
