package dev.claimdesk.referenceservices.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one table, written as multi-row INSERT statements of a few hundred rows each: thousands of rows in a few
 * dozen round trips, without relying on the JDBC driver's batch rewriting (which the configured URL may not enable).
 * Rows are kept until {@link #write}, so that tables can be written in foreign-key order.
 */
final class RowBatch {

    private static final int ROWS_PER_STATEMENT = 400;

    private final String insert;
    private final String rowPlaceholders;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();

    RowBatch(String table, String... columns) {
        this.columns = columns.length;
        this.insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    void add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof Instant instant) {
                row[i] = Timestamp.from(instant);
            }
        }
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    /** Writes every row added; returns how many. */
    int write(JdbcTemplate jdbc) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            var values = new ArrayList<Object>(chunk.size() * columns);
            chunk.forEach(row -> Collections.addAll(values, row));
            jdbc.update(
                    insert + String.join(", ", Collections.nCopies(chunk.size(), rowPlaceholders)), values.toArray());
        }
        return rows.size();
    }
}
