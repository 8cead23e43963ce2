package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.SellerLinks;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvFixtures;
import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The warehouse staff's part of a wrong-return RTV in a real browser: schedule the pickup, upload a photo on the case
 * page, record the pickup with the on-site appeal; then the agent verifies the seller's claim against the RTV case on
 * the claim view and accepts it with the compensation; between them the seller raises the claim on the seller's form
 * with the photos on file. Screenshots: target/screenshots/rtv-*.png.
 */
@ClaimDeskTest
class RtvBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RtvCases rtvCases;

    @Autowired
    Tasks tasks;

    @Autowired
    ClaimIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    AppClock clock;

    @Autowired
    SellerLinks links;

    @Autowired
    BusinessCalendar calendar;

    Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theWarehouseRecordsThePickupAndAppealAndTheAgentVerifiesTheClaim() throws Exception {
        var rtv = new RtvFixtures(rtvCases, tasks, intake, jdbc);
        String staff = WorkspaceFixtures.unique("warehouse");
        users.saveUser(staff, "Warehouse", WorkspaceFixtures.PASSWORD, Set.of(Role.WAREHOUSE), Set.of("warehouse"));
        String agent = WorkspaceFixtures.unique("agent");
        users.saveUser(agent, "Agent", WorkspaceFixtures.PASSWORD, Set.of(Role.AGENT), Set.of("warehouse-claims"));
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        RtvCase rtvCase = rtv.request();
        String appeal = RtvFixtures.appeal();

        // the warehouse: its queue, then the pickup is scheduled
        browser.signIn(staff, WorkspaceFixtures.PASSWORD);
        TaskView schedule = rtv.awaitTask(rtvCase, "Task_SchedulePickup");
        browser.go("/tasks?queue=team");
        browser.waitFor(By.cssSelector("tr[data-task='" + schedule.key() + "']"));
        // the row names the RTV case and links to its page (the task's subject)
        assertThat(browser.driver
                        .findElement(By.cssSelector("tr[data-task='" + schedule.key() + "'] .subject-link"))
                        .getAttribute("href"))
                .endsWith("/rtv/" + rtvCase.reference());
        assertThat(Files.size(browser.screenshot("rtv-warehouse-queue"))).isPositive();
        browser.go("/tasks/" + schedule.key());
        browser.click(By.id("claim-task"));
        browser.waitFor(By.id("complete-task"));
        assertThat(browser.driver.findElement(By.id("task-rtv-link")).getText())
                .isEqualTo("RTV case " + rtvCase.reference());
        setValue("field-pickupDate", today.toString());
        browser.driver.findElement(By.id("field-pickupPlace")).sendKeys("Lagos SEKO station, returns counter 2");
        assertThat(Files.size(browser.screenshot("rtv-schedule-pickup"))).isPositive();
        assertThat(browser.flashAfterClicking(By.id("complete-task"))).startsWith("Done: Schedule pickup");

        // the case page: a photo of the goods, checked by content
        browser.go("/rtv/" + rtvCase.reference());
        assertThat(browser.waitFor(By.id("rtv-status")).getText()).isEqualTo("Pickup scheduled");
        browser.driver
                .findElement(By.id("photo"))
                .sendKeys(photo().toAbsolutePath().toString());
        assertThat(browser.flashAfterClicking(By.cssSelector("#rtv-photo-form [type=submit]")))
                .isEqualTo("Photo parcel.png added.");
        assertThat(browser.driver.findElements(By.cssSelector("#rtv-photos img.rtv-photo")))
                .hasSize(1);
        assertThat(Files.size(browser.screenshot("rtv-case-photo"))).isPositive();

        // the pickup with the on-site appeal
        TaskView pickup = rtv.awaitTask(rtvCase, "Task_RecordPickup");
        browser.go("/tasks/" + pickup.key());
        browser.click(By.id("claim-task"));
        browser.waitFor(By.id("complete-task"));
        setValue("field-collectedOn", today.toString());
        browser.driver.findElement(By.id("field-collectedTime")).sendKeys("10:30");
        browser.click(By.id("field-appealed"));
        browser.driver.findElement(By.id("field-appealReference")).sendKeys(appeal);
        browser.driver
                .findElement(By.id("field-appealNote"))
                .sendKeys("The parcel holds a blue kettle; the order was a lamp.");
        assertThat(Files.size(browser.screenshot("rtv-record-pickup"))).isPositive();
        assertThat(browser.flashAfterClicking(By.id("complete-task"))).startsWith("Done: Record pickup");
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> rtvCases.find(rtvCase.reference()).orElseThrow().status() == RtvStatus.APPEAL_REGISTERED);

        // the seller raises the claim on the form (signed link, no login): the appeal reference brings up the
        // photos the warehouse took, ticked for use, so the seller uploads none
        browser.driver.manage().deleteAllCookies();
        browser.go(links.formLink(RtvFixtures.SHOP));
        new Select(browser.waitFor(By.id("category"))).selectByValue("WRONG_PRODUCT_RETURNED");
        browser.driver.findElement(By.id("orderNumber")).sendKeys(rtvCase.orderNumber());
        browser.driver.findElement(By.id("sku")).sendKeys(rtvCase.sku());
        browser.driver.findElement(By.id("rtvRequest")).sendKeys(rtvCase.reference());
        setValue("pickupDate", today.toString());
        browser.driver.findElement(By.id("appealReference")).sendKeys(appeal, Keys.TAB);
        assertThat(browser.waitFor(By.id("usePhotosOnFile")).isSelected()).isTrue();
        assertThat(browser.driver.findElement(By.id("photos-on-file-names")).getText())
                .startsWith("parcel.png, taken ");
        assertThat(Files.size(browser.screenshot("rtv-seller-claim-photos-on-file")))
                .isPositive();
        browser.click(By.cssSelector("#claim-form [type=submit]"));
        String claim = browser.waitFor(By.id("reference")).getText();

        // the agent verifies it against the RTV case and accepts with the compensation
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(claim).isPresent());
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> rtvCases.byClaim(claim).isPresent());
        browser.driver.manage().deleteAllCookies();
        browser.signIn(agent, WorkspaceFixtures.PASSWORD);
        browser.go("/claims/" + claim);
        browser.waitFor(By.id("rtv-case"));
        assertThat(browser.driver.findElement(By.id("rtv-appeal")).getText()).isEqualTo(appeal);
        assertThat(browser.driver.findElements(By.cssSelector("#rtv-case img.rtv-photo")))
                .hasSize(1);
        // the photos on file are the claim's own attachments
        assertThat(browser.driver.findElement(By.id("claim-attachments")).getText())
                .contains("parcel.png");
        browser.flashAfterClicking(By.id("claim-task"));
        browser.click(By.cssSelector("input[name=outcome][value=accept]"));
        browser.click(By.cssSelector("input[name=actions][value=post-adjustment]"));
        browser.driver.findElement(By.id("field-adjustmentAmount")).sendKeys("6500");
        browser.driver
                .findElement(By.id("field-resolution"))
                .sendKeys("The warehouse registered your on-site appeal; we compensate the item.");
        browser.click(By.id("field-checkedEvidence"));
        assertThat(Files.size(browser.screenshot("rtv-claim-verification"))).isPositive();
        assertThat(browser.flashAfterClicking(By.id("complete-task"))).isEqualTo("Done: Work claim of " + claim + ".");

        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> rtvCases.find(rtvCase.reference()).orElseThrow().status() == RtvStatus.COMPENSATED);
        browser.go("/rtv/" + rtvCase.reference());
        assertThat(browser.waitFor(By.id("rtv-status")).getText()).isEqualTo(RtvStatus.COMPENSATED.label());
        assertThat(browser.driver.findElement(By.id("rtv-history")).getText()).contains("claim accepted");
        assertThat(Files.size(browser.screenshot("rtv-case-compensated"))).isPositive();
    }

    /** Date inputs take typed text in the browser's locale; the value itself is ISO everywhere. */
    private void setValue(String id, String value) {
        browser.driver.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.driver.findElement(By.id(id)),
                value);
    }

    /** A real little PNG (a brown parcel on white), as a phone would upload it. */
    private static Path photo() throws Exception {
        var image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 120);
        g.setColor(new Color(150, 100, 50));
        g.fillRect(30, 30, 100, 60);
        g.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        Path dir = Files.createTempDirectory("rtv-photo");
        return Files.write(dir.resolve("parcel.png"), bytes.toByteArray());
    }
}
