package dev.claimdesk.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.tasks.TaskQuery;
import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.workspace.SlaState;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The task list's view lives in the URL: read from it, written back to it, malformed values dropped. */
class TaskFilterTest {

    @Test
    void aViewSurvivesTheRoundTripThroughItsUrl() {
        var filter = TaskFilter.from(
                Map.of(
                        "queue", "team",
                        "category", "bill-breakdown",
                        "country", "ng",
                        "team", "billing",
                        "status", "waiting-for-seller",
                        "sla", "due-today",
                        "dueFrom", "2026-01-05",
                        "dueTo", "2026-01-09",
                        "q", "Lagos & Co",
                        "sort", "priority"),
                Queue.MINE);

        assertThat(filter.queue()).isEqualTo(Queue.TEAM);
        assertThat(filter.category()).isEqualTo(ClaimCategory.BILL_BREAKDOWN);
        assertThat(filter.country()).isEqualTo("NG");
        assertThat(filter.status()).isEqualTo(ClaimStatus.WAITING_FOR_SELLER);
        assertThat(filter.sla()).isEqualTo(SlaState.DUE_TODAY);
        assertThat(filter.dueFrom()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(filter.toQuery())
                .isEqualTo("queue=team&category=bill-breakdown&country=NG&team=billing&status=waiting-for-seller"
                        + "&sla=due-today&dueFrom=2026-01-05&dueTo=2026-01-09&q=Lagos+%26+Co&sort=priority");
        Map<String, String> params = Arrays.stream(filter.toQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(TaskFilter.from(params, Queue.MINE)).isEqualTo(filter);
    }

    @Test
    void malformedValuesAreDroppedAndDefaultsLeftOutOfTheUrl() {
        var filter = TaskFilter.from(
                Map.of("category", "nonsense", "dueFrom", "31/12/2026", "page", "-3", "sort", "x", "q", "  "),
                Queue.TEAM);

        assertThat(filter.category()).isNull();
        assertThat(filter.dueFrom()).isNull();
        assertThat(filter.page()).isZero();
        assertThat(filter.sort()).isEqualTo(TaskQuery.Sort.DUE);
        assertThat(filter.narrowed()).isFalse();
        assertThat(filter.toQuery()).isEqualTo("queue=team");
        assertThat(filter.withPage(2).toQuery()).isEqualTo("queue=team&page=2");
        assertThat(filter.withPage(2).withQueue(Queue.MINE).toQuery()).isEqualTo("queue=mine");
    }
}
