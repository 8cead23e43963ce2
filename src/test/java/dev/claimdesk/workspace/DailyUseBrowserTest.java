package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.billing.PayoutState;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.demo.DemoUsers;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.SellerMailbox;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.rtv.RtvStatus;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ApiClient;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The back office as each demo role uses it, in one browser: home shows each person what needs them and where their
 * work is, and only claims they may open; every back-office page fits a 1280 px window and shows labels, never enum
 * codes or raw team ids; the intake API's problem documents name labels too. Screenshots: target/screenshots/.
 */
@ClaimDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyUseBrowserTest {

    static final int WIDTH = 1280;

    /** Team ids as the processes route to them: pages name the team instead (admin pages show ids on purpose). */
    static final List<String> TEAM_IDS = List.of("seller-support", "warehouse-claims", "brand-protection");

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

    Browser browser;

    /** The demo's users under names of this run, by their demo username. */
    final Map<String, String> people = new LinkedHashMap<>();

    String reference;

    TaskView task;

    @BeforeAll
    void setUp() {
        for (var u : DemoUsers.ALL) {
            String name = WorkspaceFixtures.unique("home-" + u.username());
            users.saveUser(name, u.name(), WorkspaceFixtures.PASSWORD, u.roles(), u.teams());
            people.put(u.username(), name);
        }
        reference = WorkspaceFixtures.cancelDemoOrder(claims, orders, SellerMailbox.newSellerAddress());
        task = await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(reference), Optional::isPresent)
                .orElseThrow();
        browser = Browser.open(port);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void homeShowsEachRoleWhatNeedsThemAndOnlyClaimsTheyMayOpen() {
        Map<String, List<String>> places = Map.of(
                "agent", List.of("claims"),
                "billing", List.of("claims"),
                "supervisor", List.of("dashboard", "all-tasks", "quarantine", "claims"),
                "brand", List.of("findings"),
                "manager", List.of("dashboard", "claims"),
                "warehouse", List.of("rtv"),
                "admin", List.of("dashboard", "all-tasks", "quarantine", "users", "teams", "calendar", "claims"));
        for (var u : DemoUsers.ALL) {
            String name = people.get(u.username());
            signIn(name);
            browser.go("/");
            browser.waitFor(By.id("agenda"));
            assertThat(browser.driver.findElements(By.cssSelector(".agenda-section")))
                    .extracting(e -> e.getAttribute("id"))
                    .containsExactly("agenda-due-today", "agenda-replies", "agenda-breached");
            assertThat(browser.driver.findElements(By.cssSelector("#places .place")))
                    .as("the pages %s's roles work in", u.username())
                    .extracting(e -> e.getAttribute("id").substring("place-".length()))
                    .containsExactlyElementsOf(places.get(u.username()));

            // only claims this person may open, by the claim view's rule; the new claim where its queue is theirs
            var worker = new Worker(name, u.teams(), u.roles().stream().anyMatch(DailyUseBrowserTest::seesAll));
            List<String> listed = browser.driver.findElements(By.cssSelector("#claims tbody tr")).stream()
                    .map(r -> r.getAttribute("data-claim"))
                    .toList();
            assertThat(listed)
                    .allSatisfy(ref -> assertThat(tasks.mayView(ref, worker))
                            .as("%s may open %s", u.username(), ref)
                            .isTrue());
            if (worker.supervisor() || u.teams().contains("seller-support")) {
                assertThat(listed).contains(reference);
            } else {
                assertThat(listed).doesNotContain(reference);
            }
            assertThat(text("agenda-breached").contains("in all queues"))
                    .as("only those who see every queue count all queues")
                    .isEqualTo(worker.supervisor());
            assertNoCodes("/", browser.driver.findElement(By.tagName("body")).getText(), true);
            browser.screenshot("home-" + u.username());
        }
    }

    @Test
    void everyBackOfficePageFitsA1280PxWindowAndSpeaksInLabels() {
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/tasks",
                "/tasks?queue=team",
                "/tasks?queue=all",
                "/claims",
                "/claims?status=closed",
                "/claims/" + reference,
                "/claims/" + reference + "/thread",
                "/tasks/" + task.key(),
                "/dashboard",
                "/rtv",
                "/findings",
                "/mail/quarantine",
                "/admin/users",
                "/admin/users/" + people.get("agent"),
                "/admin/teams",
                "/admin/calendar",
                "/admin/mail-demo"));
        signIn(people.get("admin"));
        // a case page of each kind, if this run has one
        pages.addAll(firstLink("/rtv", "a[href^='/rtv/RTV-']"));
        pages.addAll(firstLink("/findings", "a[href^='/findings/']:not([href$='/new'])"));
        // every page is walked before the verdict, so that one run names every page that is too wide or shows a code
        var soft = new SoftAssertions();
        for (String page : pages) {
            walk(page, soft);
        }
        signIn(people.get("brand"));
        walk("/findings/new", soft);
        signIn(people.get("warehouse"));
        walk("/rtv", soft);
        signIn(people.get("agent"));
        walk("/tasks?queue=team", soft);
        soft.assertAll();
    }

    @Test
    void problemDocumentsNameLabelsNotCodes() {
        var api = new ApiClient(port);
        var problem = api.send(
                "POST",
                "/api/v1/claims",
                Map.of("category", "counterfeit", "shop", "shenzhen-gadgets", "country", "NG"),
                Map.of("Authorization", "Bearer test-seller-center-token"));
        assertThat(problem.status()).isEqualTo(422);
        String body = problem.body().toString();
        assertThat(body).contains(ClaimCategory.COUNTERFEIT_APPEAL.label());
        assertNoCodes("POST /api/v1/claims", body, false);
    }

    /** Opens the page at 1280 px: nothing wider than the window, no code where a label exists. */
    void walk(String path, SoftAssertions soft) {
        browser.go(path);
        browser.waitFor(By.tagName("footer"));
        long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
        long windowWidth = (Long) browser.driver.executeScript("return window.innerWidth");
        assertThat(windowWidth).as("the window's width").isLessThanOrEqualTo(WIDTH);
        browser.screenshot("page" + path.replaceAll("[^A-Za-z0-9]+", "-"));
        soft.assertThat(scrollWidth).as("width of %s at %d px", path, WIDTH).isLessThanOrEqualTo(WIDTH);
        String text = browser.driver.findElement(By.tagName("body")).getText();
        soft.assertThat(codesIn(text, !path.startsWith("/admin/")))
                .as("codes shown on %s", path)
                .isEmpty();
    }

    List<String> firstLink(String page, String css) {
        browser.go(page);
        browser.waitFor(By.tagName("footer"));
        return browser.driver.findElements(By.cssSelector(css)).stream()
                .limit(1)
                .map(a -> a.getDomAttribute("href"))
                .toList();
    }

    /** No enum constant's name where a label exists; no team id where its name belongs. */
    static void assertNoCodes(String where, String text, boolean teamIds) {
        assertThat(codesIn(text, teamIds)).as("codes shown on %s", where).isEmpty();
    }

    static List<String> codesIn(String text, boolean teamIds) {
        Stream<String> codes = Stream.of(
                        ClaimStatus.values(),
                        ClaimCategory.values(),
                        MailKind.values(),
                        PayoutState.values(),
                        RtvStatus.values(),
                        FindingStatus.values(),
                        SlaState.values(),
                        Role.values())
                .flatMap(Stream::of)
                .map(Enum::name)
                .filter(n -> n.length() > 3);
        return Stream.concat(codes, teamIds ? TEAM_IDS.stream() : Stream.empty())
                .filter(code -> Pattern.compile("(?<![\\w-])" + Pattern.quote(code) + "(?![\\w-])")
                        .matcher(text)
                        .find())
                .toList();
    }

    static boolean seesAll(Role role) {
        return role == Role.SUPERVISOR || role == Role.MANAGER || role == Role.ADMIN;
    }

    void signIn(String name) {
        browser.driver.manage().deleteAllCookies();
        browser.signIn(name, WorkspaceFixtures.PASSWORD);
    }

    String text(String id) {
        WebElement element = browser.driver.findElement(By.id(id));
        return element.getText();
    }
}
