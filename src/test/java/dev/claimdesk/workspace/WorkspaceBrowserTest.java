package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.SellerMailbox;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import io.camunda.client.CamundaClient;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent's day in a real browser (Debian's headless chromium) on the real ClaimHandling process: the task list, a
 * filter, claiming, the claim view, asking the seller; the seller's reply arrives by SMTP and shows in the thread;
 * the task comes back and the agent accepts the claim. Screenshots: target/screenshots/.
 */
@ClaimDeskTest
class WorkspaceBrowserTest {

    static final String QUESTION = "Please send a screenshot of the deleted SKU in the seller center.";
    static final String REPLY = "Here it is: the SKU was deleted on 3 March, screenshot attached.";

    @LocalServerPort
    int port;

    @Autowired
    Tasks tasks;

    @Autowired
    Claims claims;

    @Autowired
    Orders orders;

    @Autowired
    Users users;

    @Autowired
    PlatformProperties platform;

    Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAgentAsksTheSellerSeesTheReplyAndAcceptsTheClaim() throws Exception {
        String agent = WorkspaceFixtures.unique("agent");
        users.saveUser(agent, "Agent", WorkspaceFixtures.PASSWORD, Set.of(Role.AGENT), Set.of("seller-support"));
        String seller = SellerMailbox.newSellerAddress();
        String reference = claim(seller);
        TaskView first = awaitTask(reference, null);

        browser.signIn(agent, WorkspaceFixtures.PASSWORD);
        browser.go("/tasks?queue=team");
        browser.waitFor(By.id("tasks"));
        assertThat(listedClaims()).contains(reference);
        assertThat(Files.size(browser.screenshot("task-list"))).isPositive();

        new Select(browser.driver.findElement(By.id("f-category"))).selectByVisibleText("Cancel wrong orders");
        browser.driver.findElement(By.id("f-q")).sendKeys(reference);
        browser.click(By.id("apply-filters"));
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("category=cancel-wrong-order"));
        assertThat(browser.driver.getCurrentUrl()).contains("queue=team").contains("q=" + reference);
        assertThat(listedClaims()).containsExactly(reference);
        assertThat(Files.size(browser.screenshot("task-list-filtered"))).isPositive();

        assertThat(browser.flashAfterClicking(By.cssSelector("tr[data-claim='" + reference + "'] .claim-button")))
                .startsWith("You work on Work claim");
        browser.click(By.cssSelector("[data-queue=MINE]"));
        browser.waitFor(By.cssSelector("tr[data-claim='" + reference + "'] .claim-link"));
        browser.click(By.cssSelector("tr[data-claim='" + reference + "'] .claim-link"));

        browser.waitFor(By.id("task-form"));
        assertThat(text("claim-reference")).isEqualTo(reference);
        assertThat(text("order-items")).contains("Pending");
        assertThat(group("question").isDisplayed()).isFalse();
        browser.click(By.cssSelector("input[name=outcome][value=request-information]"));
        assertThat(group("question").isDisplayed()).isTrue();
        assertThat(group("resolution").isDisplayed()).isFalse();
        browser.driver.findElement(By.id("field-question")).sendKeys(QUESTION);
        browser.click(By.id("field-checkedEvidence"));
        assertThat(Files.size(browser.screenshot("claim-view"))).isPositive();
        assertThat(browser.flashAfterClicking(By.id("complete-task")))
                .isEqualTo("Done: Work claim of " + reference + ".");

        var sellerBox = new SellerMailbox(platform.mail().helpdeskAddress());
        MimeMessage infoRequest = await().atMost(SellerMailbox.TIMEOUT)
                .until(
                        () -> sellerBox.received(seller).stream()
                                .filter(m -> SellerMailbox.body(m, "text/plain").contains(QUESTION))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        sellerBox.deliver(sellerBox.reply(infoRequest, seller, REPLY));
        TaskView back = awaitTask(reference, first.key());

        // the task that came back is marked: "Seller replied" and since when, in the list and on the claim
        browser.go("/tasks?queue=team&replied=true&q=" + reference);
        WebElement marker =
                browser.waitFor(By.cssSelector("tr[data-claim='" + reference + "'] .seller-replied-marker"));
        assertThat(marker.getText()).startsWith("Seller replied").containsPattern("(just now|\\d+ (min|h|d) ago)");
        assertThat(listedClaims()).containsExactly(reference);
        assertThat(Files.size(browser.screenshot("task-list-seller-replied"))).isPositive();
        browser.go("/tasks?queue=team&q=" + reference);
        browser.waitFor(By.id("tasks"));
        browser.driver.findElement(By.id("f-replied")).click();
        browser.click(By.id("apply-filters"));
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("replied=true"));
        assertThat(listedClaims()).containsExactly(reference);

        browser.go("/claims/" + reference);
        browser.waitUntil(() -> {
            if (browser.driver.findElement(By.id("thread")).getText().contains(REPLY)) {
                return true;
            }
            browser.driver.navigate().refresh();
            return false;
        });
        assertThat(text("thread")).contains(QUESTION).contains(REPLY);
        assertThat(text("claim-seller-replied")).startsWith("Seller replied").endsWith("reopened");
        assertThat(text("history")).contains("Seller replied").doesNotContain("Message-ID");
        browser.flashAfterClicking(By.id("claim-task"));
        assertThat(browser.driver.findElements(By.id("form-locked"))).isEmpty();
        browser.click(By.cssSelector("input[name=outcome][value=accept]"));
        browser.driver
                .findElement(By.id("field-resolution"))
                .sendKeys("Thank you: we cancelled the order item, without any effect on your seller score.");
        browser.click(By.id("field-checkedEvidence"));
        assertThat(Files.size(browser.screenshot("claim-view-reply"))).isPositive();
        assertThat(browser.flashAfterClicking(By.id("complete-task")))
                .isEqualTo("Done: Work claim of " + reference + ".");
        assertThat(back.key()).isNotEqualTo(first.key());

        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> claims.find(reference).orElseThrow().status() == ClaimStatus.ACCEPTED);
        browser.go("/claims/" + reference);
        assertThat(browser.waitFor(By.id("claim-status")).getAttribute("data-status"))
                .isEqualTo("ACCEPTED");
        assertThat(text("current-step")).isEqualTo("The claim is closed.");
        assertThat(Files.size(browser.screenshot("claim-accepted"))).isPositive();
    }

    @Test
    void aSupervisorsQueuesTheTaskPageWithEveryComponentAndAnEmptyQueue(@Autowired CamundaClient client)
            throws Exception {
        var fixtures = new WorkspaceFixtures(client, tasks, claims, users);
        String team = WorkspaceFixtures.unique("team");
        TaskView form = fixtures.formTask(WorkspaceFixtures.unique("FORM"), team);
        String supervisor = fixtures.supervisor();

        browser.signIn(fixtures.agent(WorkspaceFixtures.unique("team")), WorkspaceFixtures.PASSWORD);
        browser.go("/tasks");
        assertThat(browser.waitFor(By.id("tasks-empty")).getText())
                .isEqualTo("No tasks in your queues. New claims for your teams appear here.");
        assertThat(browser.driver.findElements(By.id("nav-quarantine"))).isEmpty();
        browser.screenshot("task-list-empty");

        browser.driver.manage().deleteAllCookies();
        browser.signIn(supervisor, WorkspaceFixtures.PASSWORD);
        browser.go("/tasks?queue=all&team=" + team);
        assertThat(listedClaims()).containsExactly(form.claimReference());
        assertThat(browser.driver.findElement(By.cssSelector(".assign-form")).isDisplayed())
                .isFalse();
        browser.click(By.cssSelector(".assign-popover summary"));
        assertThat(browser.driver.findElement(By.cssSelector(".assign-form")).isDisplayed())
                .isTrue();
        browser.screenshot("task-list-supervisor");

        browser.click(By.cssSelector("tr[data-task='" + form.key() + "'] .task-link"));
        browser.waitFor(By.id("task-form"));
        assertThat(browser.driver.findElement(By.id("form-locked")).getText())
                .isEqualTo("Claim the task to fill in the form.");
        browser.flashAfterClicking(By.id("claim-task"));
        assertThat(group("why").isDisplayed()).isTrue();
        browser.click(By.cssSelector("input[name=choice][value=no]"));
        assertThat(group("why").isDisplayed()).as("hidden by =choice = \"no\"").isFalse();
        browser.screenshot("task-page-all-components");

        var stray = SellerMailbox.newMessage();
        stray.setFrom(new jakarta.mail.internet.InternetAddress(SellerMailbox.newSellerAddress()));
        stray.setRecipients(
                jakarta.mail.Message.RecipientType.TO, platform.mail().helpdeskAddress());
        String subject = "Where is my money? " + WorkspaceFixtures.unique("no-reference");
        stray.setSubject(subject);
        stray.setText("I sold 30 lamps last month and was not paid.");
        new SellerMailbox(platform.mail().helpdeskAddress()).deliver(stray);
        browser.click(By.id("nav-quarantine"));
        browser.waitUntil(() -> {
            if (browser.driver.getPageSource().contains(subject)) {
                return true;
            }
            browser.driver.navigate().refresh();
            return false;
        });
        assertThat(browser.driver.findElements(By.cssSelector(".quarantine-dismiss input[name=reason][required]")))
                .isNotEmpty();
        browser.screenshot("quarantine");
    }

    String claim(String sellerEmail) {
        return WorkspaceFixtures.cancelDemoOrder(claims, orders, sellerEmail);
    }

    TaskView awaitTask(String reference, Long notKey) {
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(
                        () -> tasks.openTaskOf(reference),
                        (Optional<TaskView> t) ->
                                t.isPresent() && (notKey == null || t.get().key() != notKey))
                .orElseThrow();
    }

    List<String> listedClaims() {
        return browser.driver.findElements(By.cssSelector("#tasks tbody tr")).stream()
                .map(row -> row.getAttribute("data-claim"))
                .toList();
    }

    String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    WebElement group(String key) {
        return browser.driver.findElement(By.id("field-" + key + "-group"));
    }
}
