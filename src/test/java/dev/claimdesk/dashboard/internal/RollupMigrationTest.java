package dev.claimdesk.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.support.ClaimDeskTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V199 rolled up the daily rows of before with SQL: its rows are those the projection writes. */
@ClaimDeskTest
class RollupMigrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMigrationRoundsDurationsAsTheProjectionDoes() throws IOException {
        String migration = migration();
        int start = migration.indexOf("CASE WHEN d.tenths < 100");
        String rounding = migration.substring(start, migration.indexOf("END", start) + 3);

        long[] values = LongStream.concat(
                        LongStream.rangeClosed(0, 2_100),
                        LongStream.of(9_949, 9_950, 9_999, 10_049, 10_050, 99_949, 99_950, 123_456, 654_321))
                .toArray();
        for (long tenths : values) {
            Long sql = jdbc.queryForObject("SELECT " + rounding + " FROM (SELECT ? AS tenths) d", Long.class, tenths);
            assertThat(sql).as("%d tenths", tenths).isEqualTo(Rollup.bucket(tenths));
        }
    }

    /**
     * The same figures projected (into the roll-up) and as daily rows rolled up by the migration's statements: the
     * same rows. Temporary tables of the tables' names, on one connection, keep the real ones untouched.
     */
    @Test
    void theMigrationRollsUpTheDailyRowsAsTheProjectionWould() throws IOException {
        String migration = migration();
        List<String> statements = Arrays.stream(migration.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        var keys = List.of(
                new Projector.Key(
                        LocalDate.of(2026, 9, 30),
                        Figure.OPENED,
                        "ClaimHandling",
                        "BILL_BREAKDOWN",
                        "NG",
                        "billing",
                        "",
                        ""),
                new Projector.Key(
                        LocalDate.of(2026, 10, 1),
                        Figure.OPENED,
                        "ClaimHandling",
                        "SEKO_WAREHOUSE",
                        "KE",
                        "warehouse-claims",
                        "",
                        ""),
                new Projector.Key(
                        LocalDate.of(2026, 10, 1),
                        Figure.TASK_DONE,
                        "ClaimHandling",
                        "SEKO_WAREHOUSE",
                        "KE",
                        "warehouse-claims",
                        "ann",
                        ""),
                new Projector.Key(
                        LocalDate.of(2026, 10, 2),
                        Figure.ADJUSTMENT,
                        "WrongReturnRtv",
                        "",
                        "KE",
                        "warehouse-claims",
                        "",
                        "KES"));
        long[] minutes = {30, 5_790, 7_434, 59_999};

        jdbc.execute((ConnectionCallback<Void>) con -> {
            var one = new JdbcTemplate(new SingleConnectionDataSource(con, true));
            for (String create : statements) {
                if (create.startsWith("CREATE TABLE")) {
                    one.execute(create.replace("CREATE TABLE", "CREATE TEMPORARY TABLE"));
                }
            }
            one.execute("CREATE TEMPORARY TABLE dashboard_figure (day DATE, figure VARCHAR(30), process VARCHAR(60),"
                    + " category VARCHAR(40), country VARCHAR(2), team VARCHAR(100), agent VARCHAR(100),"
                    + " currency VARCHAR(3), n BIGINT, amount DECIMAL(18,2))");
            one.execute("CREATE TEMPORARY TABLE dashboard_duration (day DATE, figure VARCHAR(30), process VARCHAR(60),"
                    + " category VARCHAR(40), country VARCHAR(2), team VARCHAR(100), agent VARCHAR(100),"
                    + " currency VARCHAR(3), tenths BIGINT, n BIGINT)");

            var tallies = new Tallies();
            for (int i = 0; i < keys.size(); i++) {
                var k = keys.get(i);
                BigDecimal amount = k.currency().isEmpty() ? null : new BigDecimal("120.50");
                tallies.count(k, i + 1, amount);
                tallies.duration(k, minutes[i]);
                one.update(
                        "INSERT INTO dashboard_figure VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        k.day(),
                        k.figure().name(),
                        k.process(),
                        k.category(),
                        k.country(),
                        k.team(),
                        k.agent(),
                        k.currency(),
                        i + 1,
                        amount == null ? BigDecimal.ZERO : amount);
                one.update(
                        "INSERT INTO dashboard_duration VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                        k.day(),
                        k.figure().name(),
                        k.process(),
                        k.category(),
                        k.country(),
                        k.team(),
                        k.agent(),
                        k.currency(),
                        minutes[i] / 6);
            }
            tallies.flushTo(new DashboardStore(one));
            Map<String, String> projected = rollup(one);
            one.update("DELETE FROM dashboard_rollup");
            one.update("DELETE FROM dashboard_rollup_time");
            for (String insert : statements) {
                if (insert.startsWith("INSERT INTO")) {
                    one.update(insert);
                }
            }
            Map<String, String> migrated = rollup(one);

            assertThat(projected.get("dashboard_rollup").lines()).hasSize(4 * 32);
            assertThat(projected.get("dashboard_rollup_time").lines()).hasSize(4 * 32);
            assertThat(migrated).isEqualTo(projected);
            for (String table :
                    List.of("dashboard_figure", "dashboard_duration", "dashboard_rollup", "dashboard_rollup_time")) {
                one.execute("DROP TEMPORARY TABLE " + table);
            }
            return null;
        });
    }

    private static Map<String, String> rollup(JdbcTemplate one) {
        return Map.of(
                "dashboard_rollup",
                        rows(
                                one,
                                "SELECT * FROM dashboard_rollup ORDER BY mask, grain, day, figure, process,"
                                        + " category, country, team, agent, currency"),
                "dashboard_rollup_time",
                        rows(
                                one,
                                "SELECT * FROM dashboard_rollup_time ORDER BY mask, grain, day,"
                                        + " figure, process, category, country, team, agent, currency, tenths"));
    }

    private static String rows(JdbcTemplate one, String sql) {
        return one.queryForList(sql).stream().map(Map::toString).collect(Collectors.joining("\n"));
    }

    private static String migration() throws IOException {
        String text = new ClassPathResource("db/migration/V199__dashboard_rollup.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        // without its comments
        return text.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
    }
}
