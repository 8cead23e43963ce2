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
    void theMigrationAndThePageRoundDurationsAsTheProjectionDoes() throws IOException {
        String migration = migration("V199__dashboard_rollup.sql");
        int start = migration.indexOf("CASE WHEN d.tenths < 100");
        String rounding = migration.substring(start, migration.indexOf("END", start) + 3);

        long[] values = LongStream.concat(
                        LongStream.rangeClosed(0, 2_100),
                        LongStream.of(9_949, 9_950, 9_999, 10_049, 10_050, 99_949, 99_950, 123_456, 654_321))
                .toArray();
        for (long tenths : values) {
            Long sql = jdbc.queryForObject("SELECT " + rounding + " FROM (SELECT ? AS tenths) d", Long.class, tenths);
            assertThat(sql).as("%d tenths", tenths).isEqualTo(Rollup.bucket(tenths));
            Long query = jdbc.queryForObject(
                    "SELECT " + Rollup.BUCKET_SQL + " FROM (SELECT ? AS tenths) d", Long.class, tenths);
            assertThat(query).as("%d tenths as the page subtracts them", tenths).isEqualTo(Rollup.bucket(tenths));
        }
    }

    /**
     * The same figures projected (daily rows and monthly roll-up) and rolled up from the daily rows by the migration's
     * statements: the same monthly rows. Temporary tables of the tables' names, on one connection, keep the real ones
     * untouched.
     */
    @Test
    void theMigrationRollsUpTheDailyRowsAsTheProjectionWould() throws IOException {
        List<String> statements = statements(migration("V199__dashboard_rollup.sql"));
        List<String> daily = statements(migration("V100__dashboard.sql")).stream()
                .filter(s -> s.startsWith("CREATE TABLE dashboard_figure")
                        || s.startsWith("CREATE TABLE dashboard_duration"))
                .toList();
        assertThat(daily).hasSize(2);
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
                        LocalDate.of(2026, 10, 31),
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
        long[] minutes = {30, 5_790, 5_794, 7_434, 59_999};

        jdbc.execute((ConnectionCallback<Void>) con -> {
            var one = new JdbcTemplate(new SingleConnectionDataSource(con, true));
            for (String create : concat(daily, statements)) {
                if (create.startsWith("CREATE TABLE")) {
                    one.execute(create.replace("CREATE TABLE", "CREATE TEMPORARY TABLE"));
                }
            }
            var tallies = new Tallies();
            for (int i = 0; i < keys.size(); i++) {
                var k = keys.get(i);
                tallies.count(k, i + 1, k.currency().isEmpty() ? null : new BigDecimal("120.50"));
                tallies.duration(k, minutes[i]);
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

            assertThat(projected.get("dashboard_rollup").lines())
                    .as("the two OPENED of October in one row per combination")
                    .hasSize(4 * 16);
            assertThat(projected.get("dashboard_rollup_time").lines())
                    .as("5,790 and 5,794 minutes: 965 tenths, 970 in October's rows")
                    .hasSize(4 * 16);
            assertThat(migrated).isEqualTo(projected);
            for (String table :
                    List.of("dashboard_figure", "dashboard_duration", "dashboard_rollup", "dashboard_rollup_time")) {
                one.execute("DROP TEMPORARY TABLE " + table);
            }
            return null;
        });
    }

    private static List<String> statements(String sql) {
        return Arrays.stream(sql.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Map<String, String> rollup(JdbcTemplate one) {
        return Map.of(
                "dashboard_rollup",
                        rows(
                                one,
                                "SELECT * FROM dashboard_rollup ORDER BY mask, month, figure, process,"
                                        + " category, country, team, agent, currency"),
                "dashboard_rollup_time",
                        rows(
                                one,
                                "SELECT * FROM dashboard_rollup_time ORDER BY mask, month,"
                                        + " figure, process, category, country, team, agent, currency, tenths"));
    }

    private static String rows(JdbcTemplate one, String sql) {
        return one.queryForList(sql).stream().map(Map::toString).collect(Collectors.joining("\n"));
    }

    private static String migration(String file) throws IOException {
        String text = new ClassPathResource("db/migration/" + file).getContentAsString(StandardCharsets.UTF_8);
        // without its comments
        return text.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
    }
}
