package dev.claimdesk.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.tasks.TaskSubject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the task search that need no database: free text and a task's subject from its variables. */
class TaskSearchTest {

    @Test
    void likeWildcardsInFreeTextAreTakenLiterally() {
        assertThat(TaskSearch.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }

    @Test
    void aTaskIsAboutItsClaimOrTheCaseItsProcessNames() {
        assertThat(UserTaskWorker.subject(Map.of("claimReference", "CLM-2026-000001")))
                .isEqualTo(TaskSubject.claim("CLM-2026-000001"));
        assertThat(UserTaskWorker.subject(Map.of(
                        "claimReference", "CLM-2026-000001", "subjectType", "rtv-case", "subjectReference", "RTV-1")))
                .isEqualTo(new TaskSubject("rtv-case", "RTV-1"));
        assertThat(UserTaskWorker.subject(Map.of("subjectType", "rtv-case"))).isNull();
        assertThat(UserTaskWorker.facts(Map.of("country", "KE", "shop", " ")).country())
                .isEqualTo("KE");
        assertThat(UserTaskWorker.facts(Map.of("country", "KE", "shop", " ")).shop())
                .isNull();
    }
}
