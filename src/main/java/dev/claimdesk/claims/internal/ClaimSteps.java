package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskVariables;
import dev.claimdesk.tasks.Tasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim's side of each ClaimHandling step: its status follows the audit trail, and every step is written once
 * per job (a job delivered again changes nothing).
 */
@Service
class ClaimSteps {

    static final String SYSTEM = ClaimService.SYSTEM;

    private final ClaimRepository claims;
    private final ClaimService service;
    private final AppClock clock;
    private final ClaimMetrics metrics;
    private final Tasks tasks;
    private final org.springframework.context.ApplicationEventPublisher events;

    ClaimSteps(
            ClaimRepository claims,
            ClaimService service,
            AppClock clock,
            ClaimMetrics metrics,
            Tasks tasks,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.claims = claims;
        this.service = service;
        this.clock = clock;
        this.metrics = metrics;
        this.tasks = tasks;
    }

    /**
     * The claim's facts as process variables, for routing, enrichment and the agent's task; empty if another process
     * already carries the claim (the first to register wins; ADR 0060).
     */
    @Transactional
    Optional<Map<String, Object>> register(String reference, long processInstanceKey, long jobKey) {
        Claim claim = claim(reference);
        if (claim.processInstanceKey() == null) {
            claim.startedAs(processInstanceKey);
        } else if (claim.processInstanceKey() != processInstanceKey) {
            service.recordOnce(
                    claim,
                    SYSTEM,
                    "duplicate process stopped",
                    "process instance " + processInstanceKey + " (the claim is carried by " + claim.processInstanceKey()
                            + ")",
                    jobKey);
            return Optional.empty();
        }
        step(
                claim,
                jobKey,
                ClaimStatus.REGISTERED,
                "registered",
                SYSTEM,
                "process instance " + processInstanceKey,
                c -> c.status() == ClaimStatus.SUBMITTED);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(TaskVariables.CATEGORY, claim.category().name());
        variables.put(TaskVariables.SHOP, claim.summary().shop());
        variables.put(TaskVariables.SHOP_NAME, claim.summary().shopName());
        variables.put(TaskVariables.COUNTRY, claim.summary().country());
        variables.put("needsOrder", claim.category().needsOrder());
        claim.fields().forEach((field, value) -> variables.put(field.key(), value));
        return Optional.of(variables);
    }

    /** Missing required fields: a claim stored without intake's checks (or by an older intake) is refused. */
    @Transactional
    List<String> validate(String reference, long jobKey) {
        Claim claim = claim(reference);
        ClaimCategory category = claim.category();
        List<String> missing = category.requiredFields().stream()
                .filter(f -> !claim.fields().containsKey(f))
                .map(ClaimField::label)
                .toList();
        if (missing.isEmpty()) {
            service.recordOnce(claim, SYSTEM, "validated", category.label(), jobKey);
        }
        return missing;
    }

    @Transactional
    void routed(String reference, String team, Number priority, long jobKey) {
        step(
                claim(reference),
                jobKey,
                ClaimStatus.IN_PROGRESS,
                "routed",
                SYSTEM,
                "team " + team + ", priority " + priority,
                c -> c.status() == ClaimStatus.REGISTERED,
                Map.of(ClaimEvent.FACT_TEAM, team));
    }

    @Transactional
    void slaBreached(String reference, String dueAt, long jobKey) {
        Claim claim = claim(reference);
        if (!claim.slaBreached()) {
            metrics.slaBreached(claim.category().name());
        }
        claim.breachSla(clock.instant());
        service.recordOnce(
                claim, SYSTEM, "SLA breached", "no answer by " + dueAt + "; escalated to supervisors", jobKey);
    }

    @Transactional
    void infoRequested(String reference, String agent, String question, long jobKey) {
        step(claim(reference), jobKey, ClaimStatus.WAITING_FOR_SELLER, "info requested", agent, question, c -> true);
    }

    @Transactional
    void sellerReplied(String reference, String reply, long jobKey) {
        step(claim(reference), jobKey, ClaimStatus.IN_PROGRESS, "seller replied", "seller", excerpt(reply), c -> true);
    }

    @Transactional
    void autoClosed(String reference, String replyDueAt, long jobKey) {
        step(
                claim(reference),
                jobKey,
                ClaimStatus.AUTO_CLOSED,
                "auto-closed",
                SYSTEM,
                "no reply from the seller by " + replyDueAt,
                c -> true);
    }

    @Transactional
    void actionFailed(String reference, String error, long jobKey) {
        step(
                claim(reference),
                jobKey,
                ClaimStatus.IN_PROGRESS,
                "action failed",
                SYSTEM,
                error + "; back to the agent",
                c -> true);
    }

    @Transactional
    void decided(String reference, ClaimStatus outcome, String event, String agent, String details, long jobKey) {
        decided(reference, outcome, event, agent, details, jobKey, Map.of());
    }

    /** With what the decision did (items cancelled, amounts posted) as the event's facts. */
    @Transactional
    void decided(
            String reference,
            ClaimStatus outcome,
            String event,
            String agent,
            String details,
            long jobKey,
            Map<String, String> facts) {
        step(claim(reference), jobKey, outcome, event, agent, details, c -> true, facts);
    }

    @Transactional(readOnly = true)
    Claim find(String reference) {
        return claim(reference);
    }

    private void step(
            Claim claim,
            long jobKey,
            ClaimStatus to,
            String event,
            String actor,
            String details,
            java.util.function.Predicate<Claim> when) {
        step(claim, jobKey, to, event, actor, details, when, Map.of());
    }

    private void step(
            Claim claim,
            long jobKey,
            ClaimStatus to,
            String event,
            String actor,
            String details,
            java.util.function.Predicate<Claim> when,
            Map<String, String> facts) {
        if (when.test(claim)) {
            if (!to.isOpen() && claim.status() != to) {
                metrics.closed(to, claim.category().name());
                events.publishEvent(
                        new dev.claimdesk.claims.ClaimEvents.Closed(claim.reference(), claim.category(), to, details));
            }
            claim.moveTo(to, clock.instant());
            // the task list filters on the claim's status, kept on its tasks' rows
            tasks.subjectStatus(TaskSubject.claim(claim.summary().reference()), to.name());
        }
        service.recordOnce(claim, actor == null ? SYSTEM : actor, event, details, jobKey, facts);
    }

    private Claim claim(String reference) {
        return claims.findByReference(reference).orElseThrow(() -> new IllegalStateException("No claim " + reference));
    }

    private static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }
}
