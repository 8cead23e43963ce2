package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.counterfeit.CounterfeitFixtures;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The brand-protection team in a real browser: records a finding (a refused one first), sees the seller notified,
 * gets the seller's appeal, reviews it with the checklist form and overturns it. Screenshots: target/screenshots/.
 */
@ClaimDeskTest
class CounterfeitBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Orders orders;

    @Autowired
    Findings findings;

    @Autowired
    ClaimIntake intake;

    Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    void type(String id, String text) {
        var field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** Reloads the page until the element's text contains the expected words (the process moves on its own). */
    void awaitText(String id, String expected) {
        browser.waitUntil(() -> {
            var found = browser.driver.findElements(By.id(id));
            if (!found.isEmpty() && found.getFirst().getText().contains(expected)) {
                return true;
            }
            browser.driver.navigate().refresh();
            return false;
        });
    }

    /** Reloads the page until the element is there (the review task is created a moment after the status changes). */
    void awaitElement(String id) {
        browser.waitUntil(() -> {
            if (!browser.driver.findElements(By.id(id)).isEmpty()) {
                return true;
            }
            browser.driver.navigate().refresh();
            return false;
        });
    }

    @Test
    void brandProtectionRecordsAFindingAndReviewsTheAppeal() throws Exception {
        String reviewer = WorkspaceFixtures.unique("brand");
        users.saveUser(
                reviewer,
                "Bea " + reviewer,
                WorkspaceFixtures.PASSWORD,
                Set.of(Role.BRAND_PROTECTION),
                Set.of("brand-protection"));
        var fixtures = new CounterfeitFixtures(orders, findings, intake);
        var item = fixtures.nextItem();

        browser.signIn(reviewer, WorkspaceFixtures.PASSWORD);
        browser.click(By.id("nav-findings"));
        browser.click(By.id("record-finding"));
        browser.waitFor(By.id("finding-form"));
        type("shop", item.shop().code());
        type("country", item.country());
        type("orderNumber", "NG-000000");
        type("sku", item.sku());
        type("penaltyAmount", "2500");
        type("reason", "A test purchase showed a counterfeit brand label on this product.");
        type("evidence", "Test purchase TP-0002: hologram and serial number do not match the brand owner's.");
        browser.click(By.id("save-finding"));
        assertThat(browser.waitFor(By.id("form-error")).getText()).contains("orderNumber");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#orderNumber + .invalid-feedback"))
                        .getText())
                .isEqualTo("No order NG-000000.");
        assertThat(browser.driver.findElement(By.id("reason")).getAttribute("value"))
                .as("what was typed is kept")
                .startsWith("A test purchase");
        assertThat(Files.size(browser.screenshot("finding-form-refused"))).isPositive();

        type("orderNumber", item.orderNumber());
        assertThat(browser.flashAfterClicking(By.id("save-finding")))
                .contains("recorded: the seller is being notified");
        awaitText("finding-status", "Waiting for an appeal");
        assertThat(text("appeal-deadline")).contains("Appeal deadline:");
        awaitText("finding-thread", "Counterfeit finding: penalty notice and how to appeal");
        String reference = browser.driver.findElement(By.tagName("h1")).getText();
        assertThat(Files.size(browser.screenshot("finding-notified"))).isPositive();

        String claim = fixtures.appealByClaim(item);
        awaitText("finding-status", "Appeal in review");
        awaitElement("review-task-link");
        assertThat(text("appeal-claim")).contains(claim);
        assertThat(text("finding-appeal")).contains("brand-authorization.png").contains("authenticity-statement.png");
        assertThat(Files.size(browser.screenshot("finding-appealed"))).isPositive();

        browser.click(By.id("review-task-link"));
        assertThat(browser.waitFor(By.id("task-finding-link")).getText()).isEqualTo(reference);
        browser.flashAfterClicking(By.id("claim-task"));
        browser.click(By.id("field-brandAuthorizationValid"));
        browser.click(By.id("field-authenticityStatementValid"));
        browser.click(By.id("field-documentsInEnglish"));
        browser.click(By.cssSelector("input[name=reviewOutcome][value=overturn]"));
        browser.driver
                .findElement(By.id("field-decisionReason"))
                .sendKeys("Both documents are valid: the brand owner authorizes this seller.");
        assertThat(Files.size(browser.screenshot("review-task"))).isPositive();
        assertThat(browser.flashAfterClicking(By.id("complete-task")))
                .isEqualTo("Done: Review counterfeit appeal of " + reference + ".");

        browser.go("/findings/" + reference);
        awaitText("finding-status", "Overturned");
        assertThat(text("finding-decision"))
                .contains("Appeal accepted: no penalty")
                .contains("No penalty posted.");
        awaitText("finding-history", "decision sent");
        assertThat(Files.size(browser.screenshot("finding-decided"))).isPositive();
    }
}
