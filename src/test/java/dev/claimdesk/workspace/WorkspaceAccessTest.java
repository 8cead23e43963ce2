package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.tasks.TaskState;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import io.camunda.client.CamundaClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP with form login: agents see and work their teams' tasks and claims only; supervisors see all and
 * assign; every change needs the page's CSRF token.
 */
@ClaimDeskTest
class WorkspaceAccessTest {

    static final Map<String, List<String>> ACCEPT = Map.of(
            "outcome", List.of("accept"),
            "resolution", List.of("We cancelled the order item as non-OOS."),
            "checkedEvidence", List.of("true"));

    @LocalServerPort
    int port;

    @Autowired
    Tasks tasks;

    WorkspaceFixtures fixtures;
    String team;
    String amina;
    String olu;
    String sam;
    String reference;
    TaskView task;

    @BeforeEach
    void aTaskOfOneTeam(@Autowired CamundaClient client, @Autowired Claims claims, @Autowired Users users) {
        fixtures = new WorkspaceFixtures(client, tasks, claims, users);
        team = WorkspaceFixtures.unique("team");
        amina = fixtures.agent(team);
        olu = fixtures.agent(WorkspaceFixtures.unique("team"));
        sam = fixtures.supervisor();
        reference = fixtures.cancelWrongOrder(WorkspaceFixtures.unique("shop"), "NG", WorkspaceFixtures.unique("ORD"));
        task = fixtures.workTask(reference, team, Instant.now().plusSeconds(86_400 * 5), 60);
    }

    BackOffice signIn(String user) {
        return BackOffice.signIn(port, user, WorkspaceFixtures.PASSWORD);
    }

    @Test
    void anAgentOfAnotherTeamCanNeitherSeeNorOpenNorClaimNorCompleteTheTask() {
        var outsider = signIn(olu);

        var list = outsider.get("/tasks?queue=team&q=" + reference);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("data-claim=\"" + reference).contains("No tasks match these filters.");
        assertThat(outsider.get("/tasks?queue=all").body())
                .contains("Only supervisors see all tasks")
                .doesNotContain("data-claim=\"" + reference);

        var taskPage = outsider.get("/tasks/" + task.key());
        assertThat(taskPage.statusCode()).isEqualTo(403);
        assertThat(taskPage.body()).contains("This task belongs to another team.");
        assertThat(outsider.get("/claims/" + reference).statusCode()).isEqualTo(403);
        assertThat(outsider.get("/claims/" + reference + "/thread").statusCode())
                .isEqualTo(403);
        assertThat(outsider.get("/claims/" + reference + "/thread/attachments/1")
                        .statusCode())
                .isEqualTo(403);
        assertThat(outsider.get("/claims/" + reference + "/attachments/1").statusCode())
                .isEqualTo(403);

        String page = list.body();
        var claim = outsider.post("/tasks/" + task.key() + "/claim", page, Map.of());
        assertThat(claim.statusCode()).isEqualTo(302);
        assertThat(outsider.get("/tasks").body()).contains("This task belongs to another team.");
        var complete = outsider.postAll("/tasks/" + task.key() + "/complete", page, ACCEPT);
        assertThat(complete.statusCode()).isEqualTo(403);

        TaskView unchanged = tasks.get(task.key(), new Worker("any-supervisor", Set.of(), true));
        assertThat(unchanged.assignee()).isNull();
        assertThat(unchanged.state()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void theTeamsAgentClaimsOpensAndCompletesTheTaskFromTheClaimView() {
        var agent = signIn(amina);
        var list = agent.get("/tasks?queue=team&q=" + reference);
        assertThat(list.body()).contains("data-task=\"" + task.key() + "\" data-claim=\"" + reference + "\"");

        assertThat(agent.postWithoutToken("/tasks/" + task.key() + "/claim", Map.of("returnTo", "/tasks"))
                        .statusCode())
                .as("no CSRF token, no change")
                .isEqualTo(403);
        var claimed =
                agent.post("/tasks/" + task.key() + "/claim", list.body(), Map.of("returnTo", "/tasks?queue=mine"));
        assertThat(claimed.statusCode()).isEqualTo(302);
        assertThat(claimed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/tasks?queue=mine"));
        assertThat(agent.get("/tasks?queue=mine").body())
                .contains("data-claim=\"" + reference + "\"")
                .contains("You work on");

        var view = agent.get("/claims/" + reference);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("id=\"task-form\"").doesNotContain("id=\"form-locked\"");

        var done = agent.postAll(
                "/tasks/" + task.key() + "/complete", view.body(), withView(ACCEPT, "claim", "/claims/" + reference));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/claims/" + reference));
        assertThat(tasks.get(task.key(), new Worker(amina, Set.of(team), false)).state())
                .isIn(TaskState.COMPLETING, TaskState.COMPLETED);
        assertThat(agent.get("/claims/" + reference).body())
                .contains("Done: Probe the task of " + reference)
                .doesNotContain("id=\"task-form\"");
    }

    @Test
    void aSupervisorSeesAllTasksAndAssignsOneToAKnownUserOnly() {
        var supervisor = signIn(sam);
        var all = supervisor.get("/tasks?queue=all&team=" + team);
        assertThat(all.body()).contains("data-claim=\"" + reference + "\"").contains("assign-form");

        supervisor.post("/tasks/" + task.key() + "/assign", all.body(), Map.of("assignee", "nobody-like-this"));
        assertThat(supervisor.get("/tasks?queue=all").body()).contains("There is no user nobody-like-this.");
        supervisor.post("/tasks/" + task.key() + "/assign", all.body(), Map.of("assignee", amina));
        assertThat(tasks.get(task.key(), new Worker(sam, Set.of(), true)).assignee())
                .isEqualTo(amina);
        assertThat(signIn(amina).get("/tasks?queue=mine").body()).contains("data-claim=\"" + reference + "\"");
        assertThat(supervisor.get("/claims/" + reference).statusCode()).isEqualTo(200);
    }

    static Map<String, List<String>> withView(Map<String, List<String>> values, String view, String returnTo) {
        var form = new java.util.LinkedHashMap<>(values);
        form.put("view", List.of(view));
        form.put("returnTo", List.of(returnTo));
        return form;
    }
}
