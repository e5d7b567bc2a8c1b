package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import shinrai.DemoAccounts;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerProfile;
import shinrai.customer.CustomerSource;
import shinrai.customer.Gender;
import shinrai.customer.MobileNumber;
import shinrai.shared.DealerScope;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.VehicleDetails;
import shinrai.vehicle.VehicleRegister;
import shinrai.vehicle.Vin;

/**
 * The shell as staff meet it: a real headless Chromium against the running server, with Bootstrap's menus, the
 * secure session cookie and the language cookie doing their real work. One browser serves the whole class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> ADMIN_ENTRIES = List.of("/staff", "/dealer/settings", "/audit");
    private static final String NETWORK_ENTRY = "/network/dealers";

    private static Path profile;
    private static WebDriver browser;
    private static WebDriverWait wait;

    /** lfmbe40k1kp135790 as typed, upper-cased and with its check digit (position 9) in place. */
    private static final String VALID_NEW_VIN = "LFMBE40K1KP135790";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    CustomerBook customers;

    @org.springframework.beans.factory.annotation.Autowired
    VehicleRegister vehicles;

    @BeforeAll
    static void startBrowser() throws IOException {
        // A fresh profile each run: no cookies or cached pages from an earlier run, and no first-run chatter.
        profile = Files.createTempDirectory("shinrai-chromium");
        browser = chromium(profile);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            deleteRecursively(profile);
        }
    }

    /** Each journey starts signed out and in the default language, whatever the previous one left behind. */
    @BeforeEach
    void forgetEarlierJourneys() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
        // Reload: the form on screen carries a CSRF token of the session just thrown away.
        browser.get(url("/login"));
    }

    @Test
    void adminSignsInSwitchesToEnglishAndSignsOut() {
        signIn("admin");
        assertThat(greeting()).isEqualTo("王建国，您好！");
        assertThat(browser.findElement(By.id("current-dealer")).getText()).isEqualTo("信赖丰田4S店（上海浦东）");
        assertThat(navigationEntries()).containsAll(ADMIN_ENTRIES).doesNotContain(NETWORK_ENTRY);

        chooseFromMenu("language-menu", "lang-en");
        wait.until(ExpectedConditions.textToBe(By.id("greeting"), "Hello, 王建国!"));

        // The choice is remembered, not carried in the URL: the next page is English too.
        browser.findElement(By.cssSelector("#navigation [data-nav='/staff']")).click();
        wait.until(ExpectedConditions.urlToBe(url("/staff")));
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(browser.findElement(By.id("language-menu")).getText()).isEqualTo("English");
        screenshot("staff-desktop");
        browser.manage().window().setSize(new Dimension(820, 1180)); // a tablet held upright
        screenshot("staff-tablet");
        assertThat((Boolean) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the page fits a tablet's width without scrolling sideways")
                .isTrue();
        browser.manage().window().setSize(new Dimension(600, 960)); // a small tablet or a phone
        assertThat(browser.findElement(By.id("navigation")).isDisplayed())
                .as("on a narrow screen the menu folds away behind the menu button")
                .isFalse();
        browser.manage().window().setSize(new Dimension(1280, 900));

        chooseFromMenu("user-menu", "sign-out");
        wait.until(ExpectedConditions.urlToBe(url("/login?signedOut")));
        assertThat(browser.findElement(By.cssSelector(".alert[role=status]")).getText())
                .isEqualTo("You have signed out.");

        // Signed out means signed out: the home page sends us back to the form.
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
    }

    @Test
    void aWrongPasswordIsRefusedInTheUsersLanguage() {
        // Not an account the other journeys use, so this failure cannot count towards locking them out.
        submitSignIn("manager", "not-the-password");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).isEqualTo("用户名或密码错误。");
        assertThat(browser.findElements(By.id("greeting"))).isEmpty();

        browser.findElement(By.id("login-lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sign-in"), "Sign in"));
        submitSignIn("manager", "still-not-the-password");
        wait.until(ExpectedConditions.textToBe(By.id("login-error"), "Wrong username or password."));
    }

    @Test
    void advisorSeesNoAdministrationOrNetworkEntries() {
        signIn("advisor");
        assertThat(greeting()).isEqualTo("张伟，您好！");
        assertThat(navigationEntries())
                .doesNotContainAnyElementsOf(ADMIN_ENTRIES)
                .doesNotContain(NETWORK_ENTRY);
    }

    @Test
    void networkAnalystSeesTheNetworksDealersButNoDealerAdministration() {
        signIn(DemoAccounts.NETWORK_ANALYST);
        assertThat(greeting()).isEqualTo("孙悦，您好！");
        assertThat(navigationEntries()).contains(NETWORK_ENTRY).doesNotContainAnyElementsOf(ADMIN_ENTRIES);
    }

    @Test
    void advisorFindsACustomerByTheLastSixOfTheVinOpensTheRecordAndAddsAVehicle() {
        long customerId = DealerScope.systemFor(1).call(() -> {
            long id = customers
                    .register(
                            new CustomerProfile(
                                    CustomerKind.PERSON,
                                    "诸葛明远",
                                    "",
                                    Gender.MALE,
                                    null,
                                    List.of(MobileNumber.of("19955556666")),
                                    List.of(),
                                    "",
                                    "",
                                    "",
                                    null,
                                    CustomerSource.WALK_IN,
                                    java.util.Set.of(),
                                    null,
                                    ""),
                            true)
                    .id();
            vehicles.register(
                    id,
                    new VehicleDetails(
                            Vin.of("LFMKE40K7JP246813"),
                            PlateNumber.of("沪BK2468"),
                            "丰田",
                            "RAV4荣放",
                            "",
                            2018,
                            "",
                            "",
                            null,
                            null,
                            "",
                            null));
            return id;
        });
        signIn("advisor");

        WebElement searchBox = browser.findElement(By.id("search-box"));
        searchBox.sendKeys("246813");
        searchBox.submit();
        // One match: the search opens the customer's record straight away.
        wait.until(ExpectedConditions.urlToBe(url("/customers/" + customerId)));
        assertThat(browser.findElement(By.id("customer-name")).getText()).isEqualTo("诸葛明远");
        assertThat(browser.findElement(By.id("greeting-hint")).getText()).contains("诸葛先生");
        assertThat(browser.findElements(By.cssSelector("#vehicles [data-vin='LFMKE40K7JP246813']")))
                .hasSize(1);

        browser.findElement(By.id("add-vehicle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vehicle-form")));
        browser.findElement(By.id("vin")).sendKeys("lfmbe40k1kp135790");
        browser.findElement(By.id("plate")).sendKeys("沪AD13579");
        browser.findElement(By.id("brand")).sendKeys("丰田");
        browser.findElement(By.id("series")).sendKeys("bZ4X");
        browser.findElement(By.id("kilometres")).sendKeys("8800");
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.urlToBe(url("/customers/" + customerId)));
        assertThat(browser.findElement(By.id("notice")).getText()).contains(VALID_NEW_VIN);
        assertThat(browser.findElements(By.cssSelector("#vehicles [data-vin='" + VALID_NEW_VIN + "']")))
                .hasSize(1);
        screenshot("customer-360");
    }

    @Test
    void customerRelationsImportsAFileAndWatchsItGoIn() throws IOException {
        StringBuilder csv = new StringBuilder("客户姓名,手机号码,车架号,车牌号码\n");
        for (int i = 0; i < 1200; i++) {
            String raw = "LVGEE42K0PP" + "%06d".formatted(i);
            String vin = raw.substring(0, 8) + Vin.checkDigitFor(raw) + raw.substring(9);
            String mobile = i % 100 == 3 ? "12345" : "1366%07d".formatted(i);
            csv.append("浏览器导入")
                    .append(i)
                    .append(',')
                    .append(mobile)
                    .append(',')
                    .append(vin)
                    .append(",沪F")
                    .append("%05d".formatted(i))
                    .append('\n');
        }
        Path file = profile.resolve("dms-export.csv");
        Files.writeString(file, csv);
        signIn("relations");

        browser.get(url("/customers/imports"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mapping-form")));
        // The Chinese headers were recognised: the guess only needs confirming.
        browser.findElement(By.id("start-import")).click();
        wait.withTimeout(Duration.ofSeconds(120))
                .until(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "DONE"));
        assertThat(browser.findElement(By.id("failed-rows")).getText()).isEqualTo("12");
        assertThat(browser.findElement(By.id("customers-created")).getText()).isEqualTo("1188");
        assertThat(browser.findElement(By.id("error-report")).isDisplayed()).isTrue();
        screenshot("import-done");
    }

    private void signIn(String username) {
        submitSignIn(username, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
    }

    private void submitSignIn(String username, String password) {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    /** Opens a Bootstrap dropdown in the header and clicks one of its items, as a person would. */
    private void chooseFromMenu(String menuId, String itemId) {
        // The dropdowns only work once Bootstrap's deferred script has run.
        wait.until(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        browser.findElement(By.id(menuId)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id(itemId))).click();
    }

    /** Kept in target/screenshots for a person to look at; the assertions do not depend on them. */
    private void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String greeting() {
        return browser.findElement(By.id("greeting")).getText();
    }

    private String pageLanguage() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private List<String> navigationEntries() {
        return browser.findElements(By.cssSelector("#navigation [data-nav]")).stream()
                .map(link -> link.getAttribute("data-nav"))
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions()
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        // Without these Chromium keeps calling home, which floods a closed network.
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile.toAbsolutePath(),
                        "--window-size=1280,900");
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            options.setBinary(CHROMIUM.toFile());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new ChromeDriver(service, options);
        }
        // No Debian Chromium: Selenium Manager finds the developer's Chrome and a matching driver.
        return new ChromeDriver(options);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
