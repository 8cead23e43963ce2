package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskState;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import io.camunda.client.CamundaClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The task page renders a Camunda form with every supported component (src/test/resources/forms-test/
 * all-components.form) with its constraints as HTML attributes; the server's messages come back inline with the
 * entered values kept, and a valid submission completes the task with typed variables.
 */
@ClaimDeskTest
class TaskFormPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Tasks tasks;

    @Autowired
    ProcessTestHarness harness;

    String team;
    String agent;
    TaskView task;
    BackOffice session;

    @BeforeEach
    void aClaimedFormTask(@Autowired CamundaClient client, @Autowired Claims claims, @Autowired Users users) {
        var fixtures = new WorkspaceFixtures(client, tasks, claims, users);
        team = WorkspaceFixtures.unique("team");
        agent = fixtures.agent(team);
        task = fixtures.formTask(WorkspaceFixtures.unique("FORM"), team);
        session = BackOffice.signIn(port, agent, WorkspaceFixtures.PASSWORD);
    }

    Document page() {
        var response = session.get("/tasks/" + task.key());
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    void claim() {
        tasks.claim(task.key(), new Worker(agent, Set.of(team), false));
    }

    @Test
    void everyComponentIsRenderedWithItsConstraints() {
        claim();
        Document page = page();
        Element form = page.selectFirst("form#task-form");
        assertThat(form).isNotNull();
        assertThat(form.attr("data-form")).isEqualTo("all-components");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);

        Element markdown = form.selectFirst(".form-markdown");
        assertThat(markdown.select("h3").text()).isEqualTo("Every component");
        assertThat(markdown.select("strong").text()).isEqualTo("markdown");

        Element name = form.selectFirst("#field-name");
        assertThat(name.attr("type")).isEqualTo("text");
        assertThat(name.hasAttr("required")).isTrue();
        assertThat(name.attr("minlength")).isEqualTo("2");
        assertThat(name.attr("maxlength")).isEqualTo("10");
        assertThat(form.selectFirst("#field-sku").attr("pattern")).isEqualTo("^SKU-[0-9]{4}$");
        assertThat(form.selectFirst("#field-email").attr("type")).isEqualTo("email");
        Element comment = form.selectFirst("textarea#field-comment");
        assertThat(comment.attr("maxlength")).isEqualTo("20");
        assertThat(comment.hasAttr("required")).isFalse();

        Element amount = form.selectFirst("#field-amount");
        assertThat(amount.attr("type")).isEqualTo("number");
        assertThat(amount.attr("min")).isEqualTo("0.5");
        assertThat(amount.attr("max")).isEqualTo("1000");
        assertThat(amount.attr("step")).isEqualTo("any");
        assertThat(amount.hasAttr("required")).isTrue();

        assertThat(form.select("select#field-tradeType option"))
                .extracting(o -> o.attr("value"))
                .containsExactly("", "commission", "penalty");
        assertThat(form.select("input[type=radio][name=choice]"))
                .extracting(r -> r.attr("value") + (r.hasAttr("required") ? "!" : ""))
                .containsExactly("yes!", "no!");
        Element agree = form.selectFirst("input[type=checkbox][name=agree]");
        assertThat(agree.attr("value")).isEqualTo("true");
        assertThat(agree.hasAttr("required")).isTrue();
        assertThat(form.select("input[type=checkbox][name=actions]"))
                .extracting(c -> c.attr("value"))
                .containsExactly("a", "b");
        assertThat(form.selectFirst("#field-pickup").attr("type")).isEqualTo("date");

        Element why = form.selectFirst("#field-why");
        assertThat(why.hasAttr("required")).isTrue();
        assertThat(form.selectFirst("#field-why-group").attr("data-hide-if")).isEqualTo("=choice = \"no\"");
        assertThat(form.selectFirst("fieldset").hasAttr("disabled")).isFalse();
        assertThat(page.select("script[src$=/js/task-form.js]")).hasSize(1);
    }

    @Test
    void beforeItIsClaimedTheFormIsShownLockedWithAClaimButton() {
        Document page = page();

        assertThat(page.selectFirst("form#task-form fieldset").hasAttr("disabled"))
                .isTrue();
        assertThat(page.selectFirst("#form-locked").text()).isEqualTo("Claim the task to fill in the form.");
        assertThat(page.select("button#claim-task")).hasSize(1);
    }

    @Test
    void refusedValuesComeBackWithAMessageAtEachFieldAndWhatWasEntered() {
        claim();
        String csrfPage = session.get("/tasks/" + task.key()).body();
        Map<String, List<String>> entered = new LinkedHashMap<>();
        entered.put("name", List.of("x"));
        entered.put("sku", List.of("bad"));
        entered.put("email", List.of("nope"));
        entered.put("comment", List.of("twenty-one characters"));
        entered.put("amount", List.of("0.1"));
        entered.put("tradeType", List.of("refund"));
        entered.put("actions", List.of("a", "z"));
        entered.put("pickup", List.of("31/12/2026"));

        var response = session.postAll("/tasks/" + task.key() + "/complete", csrfPage, entered);

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#form-error").text()).isEqualTo("Please correct the marked fields.");
        assertThat(message(page, "name")).isEqualTo("Name must have at least 2 characters.");
        assertThat(message(page, "sku")).isEqualTo("SKU does not have the expected format.");
        assertThat(message(page, "email")).isEqualTo("Email must be an email address.");
        assertThat(message(page, "comment")).isEqualTo("Comment must have at most 20 characters (it has 21).");
        assertThat(message(page, "amount")).isEqualTo("Amount must be at least 0.5.");
        assertThat(message(page, "tradeType")).isEqualTo("Trade type: choose one of the offered options.");
        assertThat(message(page, "choice")).isEqualTo("Choice is required.");
        assertThat(message(page, "agree")).isEqualTo("Agree must be ticked.");
        assertThat(message(page, "actions")).isEqualTo("Actions: choose only from the offered options.");
        assertThat(message(page, "pickup")).isEqualTo("Pickup date must be a date (YYYY-MM-DD).");
        assertThat(message(page, "why")).isEqualTo("Why is required.");
        assertThat(page.selectFirst("#field-name").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#field-name").attr("aria-describedby")).isEqualTo("field-name-error");

        assertThat(page.selectFirst("#field-name").val()).isEqualTo("x");
        assertThat(page.selectFirst("#field-comment").text()).isEqualTo("twenty-one characters");
        assertThat(page.selectFirst("#field-amount").val()).isEqualTo("0.1");
        assertThat(page.select("input[name=actions][checked]"))
                .extracting(e -> e.attr("value"))
                .containsExactly("a");
        assertThat(tasks.get(task.key(), new Worker(agent, Set.of(team), false)).state())
                .isEqualTo(TaskState.OPEN);
    }

    @Test
    void validValuesCompleteTheTaskWithTypedVariablesAndAHiddenFieldIsIgnored() {
        claim();
        String csrfPage = session.get("/tasks/" + task.key()).body();
        Map<String, List<String>> entered = new LinkedHashMap<>();
        entered.put("name", List.of("Amina"));
        entered.put("sku", List.of("SKU-1234"));
        entered.put("email", List.of("amina@example.com"));
        entered.put("amount", List.of("12.50"));
        entered.put("tradeType", List.of("penalty"));
        entered.put("choice", List.of("no"));
        entered.put("agree", List.of("true"));
        entered.put("actions", List.of("a", "b"));
        entered.put("pickup", List.of("2026-12-31"));

        var response = session.postAll("/tasks/" + task.key() + "/complete", csrfPage, entered);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/tasks"));
        long instance = task.processInstanceKey();
        harness.awaitEnded(instance);
        assertThat(harness.variable(instance, "amount")).hasValue("12.5");
        assertThat(harness.variable(instance, "agree")).hasValue("true");
        assertThat(harness.variable(instance, "actions")).hasValue("[\"a\",\"b\"]");
        assertThat(harness.variable(instance, "pickup")).hasValue("\"2026-12-31\"");
        assertThat(harness.variable(instance, "why")).isEmpty();
        assertThat(session.get("/tasks/" + task.key()).body()).contains("This task is completed (by " + agent + ").");
    }

    static String message(Document page, String key) {
        Element message = page.selectFirst("#field-" + key + "-error");
        assertThat(message).as("a message at " + key).isNotNull();
        return message.text();
    }
}
