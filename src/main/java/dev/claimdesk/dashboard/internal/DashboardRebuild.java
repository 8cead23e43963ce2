package dev.claimdesk.dashboard.internal;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.HistoryPage;
import dev.claimdesk.rtv.RtvCases;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the dashboard's read model from the stored trails (ADR 0187): empties its tables, then replays every
 * process's history (claims, RTV cases, counterfeit findings) a chunk of whole cases at a time, each chunk projected
 * by the same projectors as live steps and written in a transaction of its own: memory holds one chunk, whatever the
 * history's size. It runs on the projection thread, so live steps wait for it instead of mixing in. Open incidents
 * are kept (they are not in the trails).
 */
@Component
public class DashboardRebuild {

    private static final Logger log = LoggerFactory.getLogger(DashboardRebuild.class);

    /** How far a rebuild has come; {@code running} false and {@code finishedAt} null: never run since start. */
    public record Progress(
            boolean running,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            String phase,
            long claims,
            long rtvCases,
            long findings,
            String error) {

        public long cases() {
            return claims + rtvCases + findings;
        }
    }

    private final DashboardProjection projection;
    private final JdbcTemplate jdbc;
    private final Claims claims;
    private final RtvCases rtvCases;
    private final Findings findings;
    private final AppClock clock;
    private final int chunk;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("dashboard-rebuild").daemon(true).factory());
    private volatile Progress progress = new Progress(false, null, null, null, null, 0, 0, 0, null);

    DashboardRebuild(
            DashboardProjection projection,
            JdbcTemplate jdbc,
            Claims claims,
            RtvCases rtvCases,
            Findings findings,
            AppClock clock,
            @Value("${claimdesk.dashboard.rebuild-chunk:500}") int chunk) {
        this.projection = projection;
        this.jdbc = jdbc;
        this.claims = claims;
        this.rtvCases = rtvCases;
        this.findings = findings;
        this.clock = clock;
        this.chunk = Math.max(1, chunk);
    }

    public Progress progress() {
        return progress;
    }

    /** Starts a rebuild in the background; false (and nothing done) if one is running. */
    public synchronized boolean start(String by) {
        if (progress.running()) {
            return false;
        }
        progress = new Progress(true, by, clock.instant(), null, "emptying the tables", 0, 0, 0, null);
        runner.execute(() -> {
            try {
                projection.exclusively(this::rebuild);
                update(p -> new Progress(
                        false,
                        p.startedBy(),
                        p.startedAt(),
                        clock.instant(),
                        "done",
                        p.claims(),
                        p.rtvCases(),
                        p.findings(),
                        null));
                log.info("Dashboard rebuilt from the trails by {}: {}", by, progress);
            } catch (RuntimeException e) {
                log.error("Dashboard rebuild failed", e);
                update(p -> new Progress(
                        false,
                        p.startedBy(),
                        p.startedAt(),
                        clock.instant(),
                        p.phase(),
                        p.claims(),
                        p.rtvCases(),
                        p.findings(),
                        e.toString()));
            }
        });
        return true;
    }

    /** The whole rebuild, on the projection thread (the caller waits in {@link #start}'s background task). */
    void rebuild() {
        projection.inTransaction(() -> {
            jdbc.update("DELETE FROM dashboard_figure");
            jdbc.update("DELETE FROM dashboard_duration");
            jdbc.update("DELETE FROM dashboard_rollup");
            jdbc.update("DELETE FROM dashboard_rollup_time");
            jdbc.update("DELETE FROM dashboard_claim");
        });
        replay("claims", claims::historyAfter, 0);
        replay("RTV cases", rtvCases::historyAfter, 1);
        replay("counterfeit findings", findings::historyAfter, 2);
    }

    private void replay(String phase, BiFunction<Long, Integer, HistoryPage<?>> pages, int counter) {
        update(p -> withCount(p, phase, counter, 0));
        long cursor = 0;
        while (true) {
            HistoryPage<?> page = pages.apply(cursor, chunk);
            if (page.isEmpty()) {
                return;
            }
            List<?> events = page.events();
            projection.inTransaction(() -> projection.projectHistory(events));
            cursor = page.next();
            int done = page.cases();
            update(p -> withCount(p, phase, counter, done));
        }
    }

    private static Progress withCount(Progress p, String phase, int counter, long more) {
        return new Progress(
                p.running(),
                p.startedBy(),
                p.startedAt(),
                p.finishedAt(),
                "replaying " + phase,
                p.claims() + (counter == 0 ? more : 0),
                p.rtvCases() + (counter == 1 ? more : 0),
                p.findings() + (counter == 2 ? more : 0),
                p.error());
    }

    private synchronized void update(java.util.function.UnaryOperator<Progress> change) {
        progress = change.apply(progress);
    }
}
