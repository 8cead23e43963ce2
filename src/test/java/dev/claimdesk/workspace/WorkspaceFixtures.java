package dev.claimdesk.workspace;

import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskVariables;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import io.camunda.client.CamundaClient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
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

    /** A valid claim of the demo marketplace's Shenzhen Gadgets: the process validates it and routes it to seller-support. */
    static String cancelDemoOrder(Claims claims, Orders orders, String sellerEmail) {
        String order = ReferenceServices.DEMO_ORDER_TO_CANCEL;
        return claims.submit(
                new ClaimSubmission(
                        ClaimCategory.CANCEL_WRONG_ORDER,
                        "shenzhen-gadgets",
                        "Shenzhen Gadgets",
                        sellerEmail,
                        "NG",
                        Map.of(
                                ClaimField.ORDER_NUMBER,
                                order,
                                ClaimField.SKU,
                                orders.order(order).items().get(1).sku(),
                                ClaimField.CANCEL_REASON,
                                "sku-deleted-still-orders",
                                ClaimField.COMMENT,
                                "We deleted this SKU, but orders for it still arrive."),
                        List.of(),
                        "test"),
                "seller");
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

    /**
     * An open task of another kind of case (as the RTV and counterfeit processes make them): its subject and facts
     * are variables.
     */
    TaskView caseTask(String subjectType, String reference, String team, Map<String, Object> facts) {
        Map<String, Object> variables = new HashMap<>(facts);
        variables.put(TaskVariables.SUBJECT_TYPE, subjectType);
        variables.put(TaskVariables.SUBJECT_REFERENCE, reference);
        variables.put("team", team);
        variables.put(
                "dueAt",
                Instant.now()
                        .plusSeconds(86_400 * 5)
                        .atZone(SHANGHAI)
                        .toOffsetDateTime()
                        .toString());
        client.newCreateInstanceCommand()
                .bpmnProcessId("TaskProbe")
                .latestVersion()
                .variables(variables)
                .send()
                .join();
        var subject = new TaskSubject(subjectType, reference);
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(subject), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private TaskView task(String process, String reference, String team, Instant dueAt, int priority) {
        var subject = TaskSubject.claim(reference);
        var before = tasks.historyOf(subject).stream().map(TaskView::key).toList();
        Map<String, Object> variables = new HashMap<>(Map.of(
                TaskVariables.CLAIM_REFERENCE,
                reference,
                "team",
                team,
                "dueAt",
                dueAt.atZone(SHANGHAI).toOffsetDateTime().toString(),
                TaskVariables.PRIORITY,
                priority));
        // the claim's facts, as ClaimHandling's register step gives them to its tasks
        claims.details(reference).ifPresent(claim -> {
            variables.put(TaskVariables.CATEGORY, claim.category().name());
            variables.put(TaskVariables.SHOP, claim.summary().shop());
            variables.put(TaskVariables.SHOP_NAME, claim.summary().shopName());
            variables.put(TaskVariables.COUNTRY, claim.summary().country());
            claim.fields().forEach((field, value) -> variables.put(field.key(), value));
        });
        client.newCreateInstanceCommand()
                .bpmnProcessId(process)
                .latestVersion()
                .variables(variables)
                .send()
                .join();
        // this process's new task: the claim's own ClaimHandling task may appear meanwhile and must not be taken for it
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(
                        () -> tasks.historyOf(subject).stream()
                                .filter(t -> t.isOpen() && process.equals(t.processId()) && !before.contains(t.key()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
