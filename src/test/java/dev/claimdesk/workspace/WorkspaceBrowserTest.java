package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.tasks.TaskState;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import io.camunda.client.CamundaClient;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An agent's day in a real browser (headless chromium): the list, a filter, claiming, the claim view, the form. */
@ClaimDeskTest
class WorkspaceBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Tasks tasks;

    WorkspaceFixtures fixtures;
    Browser browser;

    @BeforeEach
    void setUp(@Autowired CamundaClient client, @Autowired Claims claims, @Autowired Users users) {
        fixtures = new WorkspaceFixtures(client, tasks, claims, users);
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    List<String> listedClaims() {
        return browser.driver.findElements(By.cssSelector("#tasks tbody tr")).stream()
                .map(row -> row.getAttribute("data-claim"))
                .toList();
    }

    WebElement group(String key) {
        return browser.driver.findElement(By.id("field-" + key + "-group"));
    }

    @Test
    void anAgentFiltersClaimsOpensAndDecidesAClaim() throws Exception {
        String team = WorkspaceFixtures.unique("team");
        String agent = fixtures.agent(team);
        String shop = WorkspaceFixtures.unique("shop");
        String cancel = fixtures.cancelWrongOrder(shop, "NG", ReferenceServices.DEMO_ORDER_TO_CANCEL);
        String bill = fixtures.billBreakdown(shop, "KE", "2026-09");
        TaskView task = fixtures.workTask(cancel, team, Instant.now().plusSeconds(86_400 * 3), 65);
        fixtures.workTask(bill, team, Instant.now().minusSeconds(3_600), 80);

        browser.signIn(agent, WorkspaceFixtures.PASSWORD);
        browser.go("/tasks?queue=team");
        browser.waitFor(By.id("tasks"));
        assertThat(listedClaims()).containsExactly(bill, cancel);
        assertThat(browser.driver
                        .findElement(By.cssSelector("tr[data-claim='" + bill + "'] [data-sla]"))
                        .getText())
                .isEqualTo("Breached");
        assertThat(Files.size(browser.screenshot("task-list"))).isPositive();

        new Select(browser.driver.findElement(By.id("f-category"))).selectByVisibleText("Cancel wrong orders");
        browser.driver.findElement(By.id("f-q")).sendKeys(shop);
        browser.click(By.id("apply-filters"));
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("category=cancel-wrong-order"));
        assertThat(browser.driver.getCurrentUrl()).contains("queue=team").contains("q=" + shop);
        assertThat(listedClaims()).containsExactly(cancel);

        browser.click(By.cssSelector("tr[data-claim='" + cancel + "'] .claim-button"));
        assertThat(browser.waitFor(By.id("flash-message")).getText()).startsWith("You work on Probe the task");
        assertThat(browser.driver.getCurrentUrl()).contains("category=cancel-wrong-order");
        browser.click(By.cssSelector("[data-queue=MINE]"));
        browser.waitFor(By.cssSelector("tr[data-claim='" + cancel + "'] .claim-link"));
        browser.click(By.cssSelector("tr[data-claim='" + cancel + "'] .claim-link"));

        browser.waitFor(By.id("task-form"));
        assertThat(browser.driver.findElement(By.id("claim-reference")).getText())
                .isEqualTo(cancel);
        assertThat(browser.driver.findElement(By.id("order-items")).getText()).contains("Pending");
        assertThat(group("question").isDisplayed()).isFalse();
        assertThat(group("actions").isDisplayed()).isFalse();

        browser.click(By.cssSelector("input[name=outcome][value=accept]"));
        assertThat(group("actions").isDisplayed()).isTrue();
        assertThat(group("rejectionReason").isDisplayed()).isFalse();
        browser.click(By.cssSelector("input[name=actions][value=cancel-order-item]"));
        browser.driver.findElement(By.id("field-resolution")).sendKeys("We cancelled the order item as non-OOS.");
        browser.click(By.id("field-checkedEvidence"));
        assertThat(Files.size(browser.screenshot("claim-view"))).isPositive();
        browser.click(By.id("complete-task"));

        assertThat(browser.waitFor(By.id("flash-message")).getText())
                .isEqualTo("Done: Probe the task of " + cancel + ".");
        assertThat(tasks.get(task.key(), new Worker(agent, Set.of(team), false)).state())
                .isIn(TaskState.COMPLETING, TaskState.COMPLETED);
    }
}
