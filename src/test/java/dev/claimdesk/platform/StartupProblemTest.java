package dev.claimdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.ClaimDeskApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A server that cannot be reached at startup ends the start with one line naming it and where it was looked for. */
@ExtendWith(OutputCaptureExtension.class)
class StartupProblemTest {

    @Test
    void anUnreachableDatabaseIsNamedWithItsAddress(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:mysql://127.0.0.1:1/claimdesk"))
                .hasMessageContaining("database unreachable at 127.0.0.1:1");
        assertThat(output)
                .contains(
                        "database unreachable at 127.0.0.1:1 (spring.datasource.url = jdbc:mysql://127.0.0.1:1/claimdesk)");
        assertThat(output).doesNotContain("\tat ");
    }

    @Test
    void anUnreachableEngineIsNamedWithItsAddress(CapturedOutput output) {
        assertThatThrownBy(() ->
                        start("--claimdesk.engine.embedded=false", "--camunda.client.grpc-address=http://127.0.0.1:2"))
                .hasMessageContaining("Zeebe gateway unreachable at 127.0.0.1:2");
        assertThat(output).contains("Zeebe gateway unreachable at 127.0.0.1:2").doesNotContain("\tat ");
    }

    @Test
    void anUnreachableMailServerIsNamedWithItsAddress(CapturedOutput output) {
        assertThatThrownBy(() -> start(
                        "--claimdesk.mail.embedded=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=3"))
                .hasMessageContaining("SMTP server unreachable at 127.0.0.1:3");
        assertThat(output).contains("SMTP server unreachable at 127.0.0.1:3").doesNotContain("\tat ");
    }

    private static void start(String... args) {
        var app = new SpringApplication(ClaimDeskApplication.class);
        app.setAdditionalProfiles("test");
        app.run(args).close();
    }
}
