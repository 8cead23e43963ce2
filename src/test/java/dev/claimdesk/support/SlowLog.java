package dev.claimdesk.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** MariaDB's slow query log (with {@code log_slow_verbosity=explain}) summed up per statement for a benchmark report. */
public final class SlowLog {

    /** One statement as logged: its time, the rows it examined and its plan. */
    record Entry(String sql, double seconds, long rowsExamined, List<String> plan) {}

    private SlowLog() {}

    /**
     * Has the embedded MariaDB write each statement slower than 20 ms with its plan to {@code file}, so that a
     * benchmark's report shows where a missed target's time goes. False where the database cannot (MySQL has no plans
     * in its slow log; a server in a container writes inside the container).
     */
    public static boolean start(JdbcTemplate jdbc, Path file) {
        try {
            Files.deleteIfExists(file);
            jdbc.execute("SET GLOBAL slow_query_log_file = '" + file.toAbsolutePath() + "'");
            jdbc.execute("SET GLOBAL log_slow_verbosity = 'query_plan,explain'");
            jdbc.execute("SET GLOBAL long_query_time = 0.02");
            jdbc.execute("SET GLOBAL slow_query_log = 1");
            // the setting applies to new connections: the pool's are replaced
            ((HikariDataSource) jdbc.getDataSource()).getHikariPoolMXBean().softEvictConnections();
            return true;
        } catch (RuntimeException | IOException notMariaDb) {
            System.out.println("no slow query log: " + notMariaDb.getMessage());
            return false;
        }
    }

    public static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        double seconds = 0;
        long examined = 0;
        List<String> plan = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# Time:") || line.startsWith("# User@Host:")) {
                if (!sql.isEmpty()) {
                    entries.add(new Entry(sql.toString().strip(), seconds, examined, plan));
                    sql.setLength(0);
                    plan = new ArrayList<>();
                }
            } else if (line.startsWith("# Query_time:")) {
                seconds = Double.parseDouble(field(line, "Query_time:"));
                examined = Long.parseLong(field(line, "Rows_examined:"));
            } else if (line.startsWith("# explain:")) {
                plan.add(line.substring("# explain:".length()).strip());
            } else if (!line.startsWith("#") && !line.startsWith("SET timestamp") && !line.startsWith("use ")) {
                sql.append(line).append(' ');
            }
        }
        if (!sql.isEmpty()) {
            entries.add(new Entry(sql.toString().strip(), seconds, examined, plan));
        }
        return entries;
    }

    /** The {@code top} statements by total time, with their slowest time, rows examined and plan, in Markdown. */
    public static String summary(Path file, int top) {
        List<Entry> entries;
        try {
            entries = Files.exists(file) ? read(file) : List.of();
        } catch (IOException e) {
            return "\nSlow query log unreadable: " + e.getMessage() + "\n";
        }
        Map<String, List<Entry>> byStatement = new LinkedHashMap<>();
        entries.stream()
                // the file's header (the server's command line) and session settings are not statements of the runs
                .filter(e -> !e.sql().startsWith("SET ")
                        && !e.sql().startsWith("ANALYZE")
                        && !e.sql().contains("started with:"))
                .forEach(e -> byStatement
                        .computeIfAbsent(e.sql(), k -> new ArrayList<>())
                        .add(e));
        var out = new StringBuilder("\nStatements over 20 ms in the timed runs (MariaDB's slow query log, with plans),"
                + " by total time:\n\n");
        byStatement.values().stream()
                .sorted(Comparator.comparingDouble((List<Entry> l) ->
                                l.stream().mapToDouble(Entry::seconds).sum())
                        .reversed())
                .limit(top)
                .forEach(runs -> {
                    Entry slowest = runs.stream()
                            .max(Comparator.comparingDouble(Entry::seconds))
                            .orElseThrow();
                    out.append("- %d times, slowest %.0f ms, %,d rows examined:\n\n```sql\n%s\n"
                            .formatted(
                                    runs.size(),
                                    slowest.seconds() * 1000,
                                    slowest.rowsExamined(),
                                    shorten(slowest.sql())));
                    slowest.plan().forEach(p -> out.append("-- ").append(p).append('\n'));
                    out.append("```\n\n");
                });
        return byStatement.isEmpty() ? "\nNo statement over 20 ms in the timed runs.\n" : out.toString();
    }

    private static String field(String line, String name) {
        int at = line.indexOf(name) + name.length();
        String rest = line.substring(at).strip();
        int end = rest.indexOf(' ');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static String shorten(String sql) {
        return sql.length() <= 1200 ? sql : sql.substring(0, 1200) + " ...";
    }
}
