package dev.claimdesk.dashboard.internal;

import dev.claimdesk.platform.JobFailed;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Incidents: jobs that failed with no retries left. Listed until their claim moves on (someone resolved the incident
 * and the step ran again).
 */
@Component
class Incidents {

    private final JdbcTemplate jdbc;

    Incidents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // the condition is checked before the transaction opens: a failure with retries left needs no connection (while
    // the database is out of reach there is none to be had)
    @TransactionalEventListener(fallbackExecution = true, condition = "#failure.incident()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(JobFailed failure) {
        try {
            jdbc.update(
                    """
                    INSERT INTO dashboard_incident (job_key, job_type, process_instance_key, element_id,
                      claim_reference, error, failed_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    failure.jobKey(),
                    failure.jobType(),
                    failure.processInstanceKey(),
                    failure.elementId(),
                    failure.claimReference(),
                    abbreviate(failure.error()),
                    Utc.of(failure.at()));
        } catch (DuplicateKeyException alreadyListed) {
            // the same failure reported twice: one incident
        }
    }

    /** The claim moved on: its incidents were resolved. */
    void claimMovedOn(String reference, java.time.Instant at) {
        jdbc.update(
                "UPDATE dashboard_incident SET resolved_at = ? WHERE claim_reference = ? AND resolved_at IS NULL",
                Utc.of(at),
                reference);
    }

    List<DashboardView.Incident> open(int limit) {
        return jdbc.query(
                """
                SELECT job_key, job_type, process_instance_key, element_id, claim_reference, error, failed_at
                FROM dashboard_incident WHERE resolved_at IS NULL ORDER BY failed_at DESC LIMIT ?""",
                (rs, i) -> new DashboardView.Incident(
                        rs.getLong("job_key"),
                        rs.getString("job_type"),
                        rs.getLong("process_instance_key"),
                        rs.getString("element_id"),
                        rs.getString("claim_reference"),
                        rs.getString("error"),
                        Utc.read(rs, "failed_at")),
                limit);
    }

    long countOpen() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_incident WHERE resolved_at IS NULL", Long.class);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }
}
