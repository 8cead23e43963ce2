package dev.claimdesk.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless chromium driven by chromedriver (both from apt: chromium, chromium-driver), with a fresh profile,
 * at 1280 px wide. Screenshots go to target/screenshots/. Without chromium on the machine the test is skipped (CI
 * installs it, so it runs there).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    static Browser open(int port) {
        // A missing browser fails the test: a skipped browser test is not a passed one (.ci/run installs both).
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(
                    "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        }
        try {
            Path profile = Files.createTempDirectory("claimdesk-chromium-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-extensions",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-component-update",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + profile.toAbsolutePath());
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return new Browser(driver, profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    void signIn(String user, String password) {
        go("/login");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form [type=submit]")).click();
        waitFor(By.id("nav-tasks"));
    }

    /**
     * Clicks like a person who scrolled the element into the middle of the window first (instantly: Bootstrap's
     * smooth scrolling would still be moving the page when the click lands).
     */
    void click(By by) {
        WebElement element = driver.findElement(by);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /**
     * Clicks a button that submits a form and returns the flash message of the page it leads to: waits for the old
     * page to go first, so that the previous page's flash message is never the one read.
     */
    String flashAfterClicking(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
        return waitFor(By.id("flash-message")).getText();
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitUntil(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.get());
    }

    /** A full-page screenshot (the page's whole height at 1280 px) under target/screenshots/. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = (Long) driver.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 4000)));
            driver.executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
