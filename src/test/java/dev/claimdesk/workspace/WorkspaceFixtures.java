package dev.claimdesk.workspace;

import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import io.camunda.client.CamundaClient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Claims and tasks of their own for workspace tests: each test uses its own team and users, so the shared database's
 * other tasks never show in its queues. Tasks come from the test processes in bpmn-test (TaskProbe: the work-claim
 * form; FormProbe: the all-components form), with a candidate group, a due date and a priority.
 */
final class WorkspaceFixtures {

    static final String PASSWORD = "workspace-pass";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CamundaClient client;
    private final Tasks tasks;
    private final Claims claims;
    private final Users users;

    WorkspaceFixtures(CamundaClient client, Tasks tasks, Claims claims, Users users) {
        this.client = client;
        this.tasks = tasks;
        this.claims = claims;
        this.users = users;
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/TaskProbe.bpmn")
                .addResourceFromClasspath("bpmn-test/FormProbe.bpmn")
                .send()
                .join();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String agent(String team) {
        String name = unique("agent");
        users.saveUser(name, "Agent " + name, PASSWORD, Set.of(Role.AGENT), Set.of(team));
        return name;
    }

    String supervisor() {
        String name = unique("super");
        users.saveUser(name, "Supervisor " + name, PASSWORD, Set.of(Role.SUPERVISOR), Set.of());
        return name;
    }

    /** A stored claim (its process is the ClaimHandling of the main models). */
    String claim(ClaimCategory category, String shop, String country, Map<ClaimField, String> fields) {
        return claims.submit(
                new ClaimSubmission(
                        category, shop, shop, "seller@" + shop + ".example", country, fields, List.of(), "test"),
                "seller");
    }

    String cancelWrongOrder(String shop, String country, String orderNumber) {
        return claim(
                ClaimCategory.CANCEL_WRONG_ORDER,
                shop,
                country,
                Map.of(
                        ClaimField.ORDER_NUMBER, orderNumber,
                        ClaimField.SKU, "SZG-CHARGER-65W",
                        ClaimField.CANCEL_REASON, "sku-deleted-still-orders",
                        ClaimField.COMMENT, "The SKU was deleted but orders still arrive."));
    }

    String billBreakdown(String shop, String country, String period) {
        return claim(
                ClaimCategory.BILL_BREAKDOWN,
                shop,
                country,
                Map.of(
                        ClaimField.STATEMENT_PERIOD, period,
                        ClaimField.TRADE_TYPE, "COMMISSION",
                        ClaimField.AMOUNT, "10.00",
                        ClaimField.COMMENT, "Commission doubled."));
    }

    /** An open work-claim task for the reference in the team's queue. */
    TaskView workTask(String reference, String team, Instant dueAt, int priority) {
        return task("TaskProbe", reference, team, dueAt, priority);
    }

    /** An open task with the all-components form. */
    TaskView formTask(String reference, String team) {
        return task("FormProbe", reference, team, Instant.now().plusSeconds(86_400 * 10), 50);
    }

    private TaskView task(String process, String reference, String team, Instant dueAt, int priority) {
        long before = tasks.openTaskOf(reference).map(TaskView::key).orElse(-1L);
        client.newCreateInstanceCommand()
                .bpmnProcessId(process)
                .latestVersion()
                .variables(Map.of(
                        "claimReference", reference,
                        "team", team,
                        "dueAt", dueAt.atZone(SHANGHAI).toOffsetDateTime().toString(),
                        "priority", priority))
                .send()
                .join();
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(
                        () -> tasks.openTaskOf(reference),
                        t -> t.isPresent() && t.get().key() != before)
                .orElseThrow();
    }
}
