package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import shinrai.customer.CustomerBook;
import shinrai.vehicle.VehicleRegister;

/**
 * The customer's pages on a phone (390 px wide, an iPhone's viewport) and on a waiting-room screen, in a real headless
 * Chromium: nothing wider than the screen, the current stage marked, and screenshots kept in
 * {@code target/screenshots/customer} to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerPagesBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static Path profile;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    CustomerLinks links;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("shinrai-chromium");
        ChromeOptions options = new ChromeOptions()
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile.toAbsolutePath(),
                        "--window-size=390,844");
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            options.setBinary(CHROMIUM.toFile());
            browser = new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER.toFile())
                            .usingAnyFreePort()
                            .build(),
                    options);
        } else {
            browser = new ChromeDriver(options);
        }
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(file -> file.toFile().delete());
                }
            }
        }
    }

    @Test
    void theProgressAndApprovalPagesFitAPhoneAndTheProgressFillsAWaitingRoomScreen(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app,
            @Autowired Clock clock) {
        WorkshopFixtures fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        RepairOrder approved = fixtures.approved();
        RepairOrder supplemented = fixtures.as("advisor")
                .call(() -> workshop.addLabour(
                        approved.id(), approved.version(), "B-PADF", Payer.CUSTOMER, "前刹车片只剩 2 mm，建议更换"));
        String base = "http://localhost:" + port;
        String progress = fixtures.as("advisor")
                .call(() -> links.progressLink(supplemented.id(), base).url());
        String approval = fixtures.as("advisor")
                .call(() -> links.supplementLink(supplemented.id(), base).url());

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(progress);
        assertThat(browser.findElement(By.cssSelector(".stage-current")).getText())
                .contains("已确认维修");
        assertThat(browser.findElement(By.id("awaiting-answer")).isDisplayed()).isTrue();
        assertFitsTheScreen();
        screenshot("progress-390-zh");

        browser.get(approval);
        assertThat(browser.findElement(By.id("send-answer")).isDisplayed()).isTrue();
        assertFitsTheScreen();
        screenshot("approval-390-zh");

        browser.get(progress + "?lang=en");
        assertThat(browser.findElement(By.cssSelector(".stage-current")).getText())
                .contains("Work approved");
        assertFitsTheScreen();
        screenshot("progress-390-en");

        browser.manage().window().setSize(new Dimension(1920, 1080));
        browser.get(progress + "?lang=zh-CN");
        assertFitsTheScreen();
        screenshot("progress-waiting-room-1920");
    }

    @Test
    void theAdvisorSendsTheProgressLinkFromTheRepairOrderPage(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app,
            @Autowired Clock clock) {
        WorkshopFixtures fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        RepairOrder approved = fixtures.approved();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("advisor");
        browser.findElement(By.id("password")).sendKeys(shinrai.DemoAccounts.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

        browser.get("http://localhost:" + port + "/repair-orders/" + approved.id());
        // the card comes in by htmx once the page has loaded
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-links-card")));
        assertThat(browser.findElement(By.id("progress-link")).getAttribute("value"))
                .as("the public address customers reach, not the one this browser came in on")
                .startsWith("https://service.shinrai.test/p/progress/");
        browser.findElement(By.id("send-progress-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("notice")).getText()).matches("已通过短信发送至 197\\*{4}\\d{4}.*");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-links-card")));
        screenshot("repair-order-links-1280");
    }

    private static void assertFitsTheScreen() {
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("wider than the screen by").isLessThanOrEqualTo(0);
    }

    private static void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots", "customer"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
