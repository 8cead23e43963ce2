package dev.claimdesk.dashboard.internal;

import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.Decision;
import dev.claimdesk.dashboard.internal.DashboardView.OutcomeRow;
import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.rtv.WrongReturnRtv;
import java.util.List;
import java.util.Map;

/**
 * The processes the dashboard follows, with the names people read, where their cases are listed, and their own
 * outcomes (labelled by the modules' enums, so the dashboard says what the case pages say).
 */
public final class Processes {

    /**
     * @param caseList the page listing this process's cases, for processes whose cases are not claims (figures link
     *     there; claims link to the task list and the claim search)
     */
    public record Process(String id, String label, String caseList) {
        public boolean claims() {
            return caseList == null;
        }
    }

    public static final List<Process> ALL = List.of(
            new Process(ClaimHandling.PROCESS_ID, "Claim handling", null),
            new Process(WrongReturnRtv.PROCESS_ID, "Wrong-return RTV", "/rtv"),
            new Process(CounterfeitAppeal.PROCESS_ID, "Counterfeit findings", "/findings"));

    private static final Map<Figure, String> CASE_OUTCOMES = Map.of(
            Figure.RTV_COMPENSATED, RtvStatus.COMPENSATED.label(),
            Figure.RTV_CLAIM_REJECTED, RtvStatus.CLAIM_REJECTED.label(),
            Figure.RTV_CLOSED_NO_APPEAL, RtvStatus.CLOSED_NO_APPEAL.label(),
            Figure.RTV_UNCOLLECTED, RtvStatus.UNCOLLECTED.label(),
            Figure.RTV_APPEAL_LAPSED, RtvStatus.APPEAL_LAPSED.label(),
            Figure.FINDING_NO_APPEAL, Decision.NO_APPEAL.label(),
            Figure.FINDING_UPHELD, Decision.UPHELD.label(),
            Figure.FINDING_DOCUMENTS_LAPSED, Decision.DOCUMENTS_LAPSED.label(),
            Figure.FINDING_OVERTURNED, Decision.OVERTURNED.label());

    private Processes() {}

    /** The process of this id; an unknown one (e.g. a test's) is shown by its id, its figures as claims'. */
    public static Process of(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst().orElseGet(() -> new Process(id, id, null));
    }

    /** The outcomes the page shows for a process filter: a claim process's four, or the case process's own. */
    static List<OutcomeRow> outcomes(DashboardFilter filter, Map<Figure, Long> totals) {
        Process process = filter.process() == null ? ALL.getFirst() : of(filter.process());
        String prefix = process.id().equals(WrongReturnRtv.PROCESS_ID)
                ? "RTV_"
                : process.id().equals(CounterfeitAppeal.PROCESS_ID) ? "FINDING_" : null;
        if (prefix == null) {
            return List.of(
                    claimOutcome(filter, totals, Figure.ACCEPTED, "Accepted", "accepted"),
                    claimOutcome(filter, totals, Figure.REJECTED, "Rejected", "rejected"),
                    claimOutcome(filter, totals, Figure.AUTO_CLOSED, "Auto-closed", "auto-closed"),
                    claimOutcome(filter, totals, Figure.INVALID, "Invalid", "invalid"));
        }
        return java.util.Arrays.stream(Figure.values())
                .filter(f -> f.name().startsWith(prefix))
                .map(f -> new OutcomeRow(CASE_OUTCOMES.get(f), totals.get(f), process.caseList()))
                .toList();
    }

    private static OutcomeRow claimOutcome(
            DashboardFilter filter, Map<Figure, Long> totals, Figure figure, String label, String status) {
        return new OutcomeRow(label, totals.get(figure), filter.claimSearchLink("status", status));
    }
}
