package dev.claimdesk.dashboard.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimHistoryImported;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingHistoryImported;
import dev.claimdesk.platform.AfterCommit;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.RtvHistoryImported;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboard's tables up to date: each claim event (and each new entry of an RTV case's or a counterfeit
 * finding's trail, ADR 0185), once its step has committed, moves the claim's row and
 * adds its figures (in a transaction of its own: a step never fails because of the dashboard); an imported history
 * is projected in memory and written with bulk inserts.
 *
 * <p>A step's event is projected on one background thread, not on the thread that committed the step: that thread
 * still holds its database connection until the commit's callbacks end, so taking a second one there starved the pool
 * under concurrent intake (every request holding one connection and waiting for another), and projecting one event at
 * a time also keeps the figure rows free of lock cycles. An event published outside a transaction is projected at once.
 */
@Component
class DashboardProjection {

    private static final Logger log = LoggerFactory.getLogger(DashboardProjection.class);

    private final DashboardStore store;
    private final Projector projector;
    private final CaseProjector cases;
    private final BusinessCalendar teamCalendar;
    private final int responseWorkingDays;
    private final Incidents incidents;
    private final MeterRegistry registry;
    private final TransactionTemplate ownTransaction;
    private final ExecutorService projecting = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("dashboard-projection").daemon(true).factory());

    DashboardProjection(
            TransactionTemplate transactions,
            DashboardStore store,
            Incidents incidents,
            MeterRegistry registry,
            BusinessCalendar teamCalendar,
            @Value("${claimdesk.claims.response-working-days:3}") int responseWorkingDays) {
        this.store = store;
        this.incidents = incidents;
        this.registry = registry;
        this.projector = new Projector(teamCalendar, responseWorkingDays);
        this.cases = new CaseProjector(projector);
        this.teamCalendar = teamCalendar;
        this.responseWorkingDays = responseWorkingDays;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(ClaimEvent event) {
        afterCommit(event.event(), event.reference(), () -> project(event));
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(RtvCaseAudited event) {
        String reference = event.rtvCase().reference();
        afterCommit(
                event.entry().event(),
                reference,
                () -> projectCase(
                        reference, event.entry().at(), (claim, tallies) -> cases.apply(claim, event, tallies)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(FindingAudited event) {
        String reference = event.finding().reference();
        afterCommit(
                event.entry().event(),
                reference,
                () -> projectCase(
                        reference, event.entry().at(), (claim, tallies) -> cases.apply(claim, event, tallies)));
    }

    private void afterCommit(String event, String reference, Runnable projection) {
        // after a commit (the listener runs in its completion callbacks, the transaction still marked active)
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            projecting.execute(() -> projectQuietly(event, reference, projection));
        } else {
            ownTransaction.executeWithoutResult(status -> projection.run());
        }
    }

    private void projectQuietly(String event, String reference, Runnable projection) {
        try {
            ownTransaction.executeWithoutResult(status -> projection.run());
        } catch (RuntimeException e) {
            // the step itself has committed; a figure that could not be written is logged, never retried into a loop
            log.warn("Dashboard: could not project {} of {}: {}", event, reference, e.toString());
        }
    }

    /** One step of an RTV case or a counterfeit finding: the same rows as a claim's, by the case projector. */
    private void projectCase(String reference, Instant at, BiConsumer<TrackedClaim, Tallies> step) {
        TrackedClaim claim = store.lock(reference).orElseGet(() -> new TrackedClaim(reference));
        var tallies = new Tallies();
        step.accept(claim, tallies);
        store.save(claim);
        tallies.flushTo(store);
        incidents.claimMovedOn(reference, at);
    }

    private void project(ClaimEvent event) {
        TrackedClaim claim = store.lock(event.reference()).orElseGet(() -> new TrackedClaim(event.reference()));
        var tallies = new Tallies();
        projector.apply(claim, event, tallies);
        store.save(claim);
        if (tallies.has(Figure.FIRST_RESPONSE)) {
            boolean late = tallies.has(Figure.FIRST_RESPONSE_LATE);
            // the Prometheus alert on the first-response breach rate reads this counter
            AfterCommit.run(() -> registry.counter(
                            "claimdesk.claims.first.responses",
                            "on_time",
                            String.valueOf(!late),
                            "process",
                            event.process())
                    .increment());
        }
        tallies.flushTo(store);
        incidents.claimMovedOn(event.reference(), event.at());
    }

    /**
     * On the projection thread, waiting for it: an import running beside live projections (the demo stores its past
     * while its live claims move) would deadlock with them on the figure rows.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(ClaimHistoryImported imported) {
        projectImported(imported.events());
    }

    /** The same for an imported past of RTV cases (the demo's). */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(RtvHistoryImported imported) {
        projectImported(imported.events());
    }

    /** The same for an imported past of counterfeit findings (the demo's). */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(FindingHistoryImported imported) {
        projectImported(imported.events());
    }

    private void projectImported(List<?> events) {
        exclusively(() -> inTransaction(() -> projectHistory(events)));
    }

    /**
     * Runs a task on the projection thread and waits for it: after the events queued before it, before those queued
     * after it (a rebuild never interleaves with live steps).
     */
    void exclusively(Runnable task) {
        try {
            projecting.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the dashboard's projection", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stored history (whole claims or cases: every event of one is in the list) into the tables in one transaction:
     * projected in memory, then written with bulk inserts. The events are {@link ClaimEvent}s, {@link RtvCaseAudited}s
     * or {@link FindingAudited}s.
     */
    void projectHistory(List<?> events) {
        Map<String, TrackedClaim> claims = new LinkedHashMap<>();
        var tallies = new Tallies();
        Projector bulk = bulkProjector(events);
        CaseProjector bulkCases = new CaseProjector(bulk);
        for (Object event : events) {
            switch (event) {
                case ClaimEvent e -> bulk.apply(claims.computeIfAbsent(e.reference(), TrackedClaim::new), e, tallies);
                case RtvCaseAudited e ->
                    bulkCases.apply(claims.computeIfAbsent(e.rtvCase().reference(), TrackedClaim::new), e, tallies);
                case FindingAudited e ->
                    bulkCases.apply(claims.computeIfAbsent(e.finding().reference(), TrackedClaim::new), e, tallies);
                default -> throw new IllegalArgumentException("Not a history event: " + event);
            }
        }
        store.insertClaims(new ArrayList<>(claims.values()).iterator());
        tallies.flushTo(store);
    }

    /** A history is many claims over the same days: their calendar is read once, not once per claim and step. */
    private Projector bulkProjector(List<?> events) {
        var zone = teamCalendar.zone();
        Instant first = null;
        Instant last = null;
        for (Object event : events) {
            Instant at = switch (event) {
                case ClaimEvent e -> e.submittedAt();
                case RtvCaseAudited e -> e.rtvCase().requestedAt();
                case FindingAudited e -> e.finding().recordedAt();
                default -> null;
            };
            Instant end = switch (event) {
                case ClaimEvent e -> e.at();
                case RtvCaseAudited e -> e.entry().at();
                case FindingAudited e -> e.entry().at();
                default -> null;
            };
            first = at == null || (first != null && !at.isBefore(first)) ? first : at;
            last = end == null || (last != null && !end.isAfter(last)) ? last : end;
        }
        return first == null || last == null
                ? projector
                : new Projector(
                        teamCalendar.snapshot(
                                first.atZone(zone).toLocalDate().minusDays(1),
                                last.atZone(zone).toLocalDate().plusDays(366)),
                        responseWorkingDays);
    }

    /** Within a transaction of its own. */
    void inTransaction(Runnable work) {
        ownTransaction.executeWithoutResult(status -> work.run());
    }
}
