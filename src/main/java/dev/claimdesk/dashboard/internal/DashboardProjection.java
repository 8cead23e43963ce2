package dev.claimdesk.dashboard.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimHistoryImported;
import dev.claimdesk.platform.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the dashboard's tables up to date: each claim event, once its step has committed, moves the claim's row and
 * adds its figures (in a transaction of its own: a step never fails because of the dashboard); an imported history
 * is projected in memory and written with bulk inserts.
 */
@Component
class DashboardProjection {

    private final DashboardStore store;
    private final Projector projector;
    private final Incidents incidents;
    private final MeterRegistry registry;

    DashboardProjection(
            DashboardStore store,
            Incidents incidents,
            MeterRegistry registry,
            BusinessCalendar teamCalendar,
            @Value("${claimdesk.claims.response-working-days:3}") int responseWorkingDays) {
        this.store = store;
        this.incidents = incidents;
        this.registry = registry;
        this.projector = new Projector(teamCalendar, responseWorkingDays);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ClaimEvent event) {
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

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ClaimHistoryImported imported) {
        Map<String, TrackedClaim> claims = new LinkedHashMap<>();
        var tallies = new Tallies();
        for (ClaimEvent event : imported.events()) {
            projector.apply(claims.computeIfAbsent(event.reference(), TrackedClaim::new), event, tallies);
        }
        List<TrackedClaim> rows = new ArrayList<>(claims.values());
        store.insertClaims(rows.iterator());
        tallies.flushTo(store);
    }
}
