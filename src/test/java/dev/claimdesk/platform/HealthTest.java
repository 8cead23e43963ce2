package dev.claimdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** After login, health shows the engine, the database and both mail directions UP. */
@ClaimDeskTest
class HealthTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Users users;

    @Test
    void engineDatabaseAndMailAreUp() throws Exception {
        users.saveUser("health-admin", "Admin", "admin-pass", Set.of(Role.ADMIN), Set.of());
        var response = rest.withBasicAuth("health-admin", "admin-pass").getForEntity("/actuator/health", String.class);

        JsonNode components = new ObjectMapper().readTree(response.getBody()).path("components");
        for (String component : new String[] {"engine", "db", "mail", "imap"}) {
            assertThat(components.path(component).path("status").asText())
                    .as(component)
                    .isEqualTo("UP");
        }
        assertThat(components.path("engine").path("details").path("brokers").asInt())
                .isEqualTo(1);
    }
}
