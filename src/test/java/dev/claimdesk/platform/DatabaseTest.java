package dev.claimdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.support.ClaimDeskTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tests run on a real MySQL-protocol server (MySQL 8.4 or MariaDB 11.4), migrated by Flyway. */
@ClaimDeskTest
class DatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnAMySqlProtocolServerWithTheMigrationsApplied() {
        String version = jdbc.queryForObject("SELECT VERSION()", String.class);
        assertThat(version).matches("(8\\.4|1[1-9]\\.).*"); // MySQL 8.4, or MariaDB 11+ (never a 5.5.5- prefix)

        Integer migrations =
                jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE", Integer.class);
        assertThat(migrations).isGreaterThanOrEqualTo(2);
    }

    @Test
    void keepsMicrosecondsOfInstants() {
        Instant precise = Instant.parse("2026-09-30T09:15:30.123456Z");
        // a fresh reference each run: with SPRING_DATASOURCE_URL the database outlives the run
        String reference = "CLM-P" + Long.toString(System.nanoTime(), 36);
        jdbc.update(
                "INSERT INTO claim (reference, category, shop, country, status, process_instance_key, submitted_at,"
                        + " updated_at) VALUES (?, 'BILL_BREAKDOWN', 'probe', 'KE', 'REGISTERED', 0, ?, ?)",
                reference,
                Timestamp.from(precise),
                Timestamp.from(precise));

        Instant stored = jdbc.queryForObject(
                        "SELECT submitted_at FROM claim WHERE reference = ?", Timestamp.class, reference)
                .toInstant();
        assertThat(stored).isEqualTo(precise);
    }
}
