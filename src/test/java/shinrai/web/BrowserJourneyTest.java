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
import shinrai.CustomersWithCars;
import shinrai.DemoAccounts;
import shinrai.customer.ContactDetails;
import shinrai.customer.ContactTime;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerProfile;
import shinrai.customer.CustomerSource;
import shinrai.customer.FleetContacts;
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

    @org.springframework.beans.factory.annotation.Autowired
    FleetContacts contacts;

    @BeforeAll
    static void startBrowser() throws IOException {
        // A fresh profile each run: no cookies or cached pages from an earlier run, and no first-run chatter.
        profile = Files.createTempDirectory("shinrai-chromium");
        browser = chromium(profile);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // htmx swaps polled panels (an import's progress) and a step's post reloads the page while a condition reads
        // them: look again, do not fail. Chromium reports a node of the page being left either as a stale element or as
        // an "unknown error" ("Node with given id does not belong to the document"), so both are looked past here.
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
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
    void theAuditLogReadsInWordsAndFiftyEntriesFitTwoScreensAtTheDeskAndOnATablet() {
        signIn("admin");
        for (String language : List.of("zh-CN", "en")) {
            for (Dimension screen : List.of(new Dimension(1366, 768), new Dimension(1024, 768))) {
                browser.manage().window().setSize(screen);
                browser.get(url("/audit?lang=" + language));
                JavascriptExecutor page = (JavascriptExecutor) browser;
                long height = (Long) page.executeScript("return document.documentElement.scrollHeight");
                boolean fitsWidth = (Boolean)
                        page.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
                String name = "audit-" + language + "-" + screen.width;
                screenshot(name);
                browser.manage().window().setSize(new Dimension(screen.width, (int) height + 140));
                screenshot(name + "-whole");

                assertThat(browser.findElements(By.cssSelector("#audit-table tbody tr[data-id]")))
                        .hasSize(50);
                assertThat(browser.getPageSource())
                        .doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)")
                        .doesNotContain("{\"from\"");
                assertThat(fitsWidth)
                        .as("the log fits %s px without scrolling sideways (%s)", screen.width, language)
                        .isTrue();
                assertThat(height)
                        .as("fifty entries fit two screens of %s (%s)", screen, language)
                        .isLessThanOrEqualTo(2L * screen.height);
            }
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
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
                                    ContactTime.ANY,
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
    void advisorPassesACarToItsNewOwnerFoundFromTheVehiclePage() {
        String vin = withCheckDigit("LFMKE40K0JP864201");
        long[] ids = DealerScope.systemFor(1).call(() -> {
            long seller = customers
                    .register(profile(CustomerKind.PERSON, "过户卖家", "19874000001"), true)
                    .id();
            long buyer = customers
                    .register(profile(CustomerKind.PERSON, "过户买家", "19874000002"), true)
                    .id();
            long car = vehicles.register(
                            seller,
                            new VehicleDetails(
                                    Vin.of(vin),
                                    PlateNumber.of("沪BT2468"),
                                    "丰田",
                                    "RAV4荣放",
                                    "",
                                    2018,
                                    "",
                                    "",
                                    null,
                                    null,
                                    "",
                                    null))
                    .id();
            return new long[] {seller, buyer, car};
        });
        long seller = ids[0];
        long buyer = ids[1];
        signIn("advisor");

        browser.get(url("/customers/" + seller));
        browser.findElement(By.cssSelector("#vehicles [data-vin='" + vin + "'] a.vehicle-link"))
                .click();
        wait.until(ExpectedConditions.urlToBe(url("/customers/" + seller + "/vehicles/" + ids[2])));
        // Candidates arrive through htmx as the advisor types; the transfer itself is a form with its CSRF token.
        browser.findElement(By.id("transfer-q")).sendKeys("19874000002");
        WebElement transfer = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#transfer-candidates [data-customer='" + buyer + "'] .transfer-to")));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", transfer);
        screenshot("vehicle-transfer");
        transfer.click();

        wait.until(ExpectedConditions.urlToBe(url("/customers/" + buyer)));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("沪BT2468", "过户卖家");
        assertThat(browser.findElements(By.cssSelector("#vehicles [data-vin='" + vin + "']")))
                .hasSize(1);
    }

    @Test
    void advisorRevealsACompanysNumbersAndItsContactsNumbersWithThem() {
        long company = DealerScope.systemFor(1).call(() -> {
            long id = customers
                    .register(profile(CustomerKind.COMPANY, "上海浏览器物流有限公司", "19874000011"), true)
                    .id();
            contacts.add(id, new ContactDetails("严经理", "车队经理", MobileNumber.of("19874000012"), "", "", true));
            return id;
        });
        signIn("advisor");

        browser.get(url("/customers/" + company));
        assertThat(browser.findElement(By.id("contact-list")).getText())
                .contains("严经理", "198****0012")
                .doesNotContain("19874000012");
        wait.until(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        browser.findElement(By.id("reveal-contact")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-list"), "19874000012"));
        assertThat(browser.findElement(By.id("contact")).getText()).contains("19874000011");
        screenshot("company-contacts");
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

    /**
     * The service lane as the issue tells it: the advisor books one car by phone, the customer books another on the
     * public page, and the advisor receives both "the next morning": history first, the customer's words, the
     * walk-around with a damage mark on the diagram, and the covers, each ending in a repair order.
     */
    @Test
    void advisorBooksByPhoneTheCustomerBooksOnlineAndTheAdvisorReceivesBoth() {
        long[] byPhone = customerWithCar("欧阳志远", Gender.MALE, "19977770001", "LFMKE40K0JP770001", "沪C77001");
        long[] online = customerWithCar("林雨萱", Gender.FEMALE, "19977770002", "LFMKE40K0JP770002", "沪C77002");
        java.time.LocalDate tomorrow =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);

        signIn("advisor");
        browser.get(url("/customers/" + byPhone[0]));
        press(By.cssSelector("#vehicles .book-vehicle"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-form")));
        chooseServiceAndSlot("services1", "10:00", "booking-form");
        browser.findElement(By.id("description")).sendKeys("机油灯亮了");
        press(By.id("consentToMessages1"));
        press(By.id("book"));
        wait.until(ExpectedConditions.urlContains("/appointments?day=" + tomorrow));
        assertThat(browser.findElement(By.id("appointments")).getText()).contains("沪C77001", "常规保养", "预约确认");

        // The customer, on the public page: no sign-in, plate and mobile only.
        browser.manage().deleteAllCookies();
        browser.get(url("/book/1"));
        browser.findElement(By.id("plate")).sendKeys("沪C77002");
        browser.findElement(By.id("mobile")).sendKeys("19977770002");
        press(By.id("identify"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-booking-form")));
        assertThat(browser.findElement(By.id("public-greeting")).getText()).contains("林女士");
        chooseServiceAndSlot("services2", "10:30", "public-booking-form");
        browser.findElement(By.id("description")).sendKeys("空调有异味");
        press(By.id("public-book"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-booked")));
        assertThat(browser.findElement(By.id("public-booked")).getText()).contains(tomorrow + " 10:30", "沪C77002");
        screenshot("public-booking-done");

        // The next morning, at the service desk.
        browser.get(url("/login"));
        signIn("advisor");
        browser.get(url("/appointments?day=" + tomorrow));
        assertThat(browser.findElement(By.id("appointments")).getText()).contains("沪C77001", "沪C77002");
        screenshot("appointment-board");
        receive(byPhone[1], "欧阳先生", "早上启动时机油灯亮，开一会儿就灭了。", "35200");
        receive(online[1], "林女士", "开空调有一股霉味", "18650");
        browser.get(url("/appointments?day=" + tomorrow));
        assertThat(browser.findElements(By.cssSelector("#appointments tr[data-status='RECEIVED']")))
                .hasSize(2);
    }

    /**
     * Every page of the service lane as the desk sees it: a tablet (1024 x 768) and a laptop (1366 x 768), in Chinese
     * and in English. Nothing may lie off-screen or be clipped, no table may squeeze a column below two characters
     * or hide columns behind a sideways scroll, and plates, VINs, dates and numbers stay on one line
     * ({@code browser/layout-defects.js}). Each page is kept as a full-page screenshot in target/screenshots/lane
     * for a person to look at; every defect of every page is listed before the test fails.
     */
    @Test
    void everyPageOfTheServiceLaneFitsADeskTabletAndALaptopInBothLanguages() throws IOException {
        long[] received = customerWithCar("钱明轩", Gender.MALE, "19977780001", "LFMKE40K0JP780001", "沪C78001");
        long[] booked = customerWithCar("钱婉清", Gender.FEMALE, "19977780002", "LFMKE40K0JP780002", "沪C78002");
        long[] onlineZh = customerWithCar("欧阳晓峰", Gender.MALE, "19977780003", "LFMKE40K0JP780003", "沪C78003");
        long[] onlineEn = customerWithCar("慕容雪", Gender.FEMALE, "19977780004", "LFMKE40K0JP780004", "沪C78004");
        // Four days ahead: the other journeys book tomorrow, and the demo books the next three days.
        java.time.LocalDate day =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(4);
        List<String> defects = new java.util.ArrayList<>();
        try {
            // The customer's own pages first: no account, the language chosen on the page.
            publicBookingInLanguage("zh-CN", onlineZh, day, defects);
            publicBookingInLanguage("en", onlineEn, day, defects);

            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.manage().deleteAllCookies();
            browser.get(url("/login?lang=zh-CN"));
            signIn("manager"); // the one demo account that opens every page of the lane
            bookByPhone(received[0], day);
            bookByPhone(booked[0], day);
            browser.get(url("/appointments?day=" + day));
            String receiveLink = browser.findElement(
                            By.cssSelector("#appointments a.receive[href*='vehicle=" + booked[1] + "']"))
                    .getAttribute("href");
            String appointment = receiveLink.replaceAll(".*appointment=(\\d+).*", "$1");
            receive(day, received[1], "钱先生", "刹车时有异响，方向盘有点抖。", "42100");
            String record = browser.getCurrentUrl().replace(url(""), "");
            String importPage = uploadAnImport();

            List<String> pages = List.of(
                    "/appointments?day=" + day,
                    "/appointments/new?vehicle=" + booked[1],
                    "/appointments/" + appointment + "/reschedule",
                    "/appointments/settings",
                    "/appointments/preparation?day=" + day,
                    "/messages",
                    "/reception",
                    receiveLink.replace(url(""), ""),
                    record,
                    "/repair-orders",
                    "/customers/" + received[0],
                    "/customers/" + received[0] + "/vehicles/" + received[1],
                    "/customers?q=" + java.net.URLEncoder.encode("钱", java.nio.charset.StandardCharsets.UTF_8),
                    "/customers/imports",
                    importPage);
            for (String language : List.of("zh-CN", "en")) {
                for (String page : pages) {
                    browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
                    checkLayout(language, page, defects);
                }
            }
            // The import's progress page, once the mapping is confirmed.
            press(By.id("start-import"));
            wait.withTimeout(Duration.ofSeconds(60))
                    .until(ExpectedConditions.attributeToBe(By.id("progress"), "data-status", "DONE"));
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url(importPage + "?lang=" + language));
                checkLayout(language, importPage + "/done", defects);
            }

            // The day board with a cancellation being written: the reason field and its button stay in view.
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/appointments?day=" + day + "&lang=" + language));
                press(By.cssSelector("#appointments .cancel-box summary"));
                checkLayout(language, "/appointments/cancelling", defects);
            }

            // At the tablet's width the menu waits behind the menu button and opens over the page.
            tabletOrLaptop(1024);
            browser.get(url("/appointments?day=" + day + "&lang=zh-CN"));
            assertThat(browser.findElement(By.id("navigation")).isDisplayed()).isFalse();
            press(By.id("menu-button"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navigation")));
            assertThat(browser.findElements(By.cssSelector("#navigation .nav-link.active")))
                    .extracting(link -> link.getAttribute("data-nav"))
                    .containsExactly("/appointments");
            screenshot("lane/menu-open-1024");
            tabletOrLaptop(1366);
            browser.get(url("/appointments/settings"));
            assertThat(browser.findElement(By.id("navigation")).isDisplayed())
                    .as("a laptop keeps the menu beside the page")
                    .isTrue();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(defects).as("layout defects at the desk").isEmpty();
    }

    /** The public booking page, its form and its confirmation, in one language, as the customer sees them. */
    /**
     * One car from the phone booking to settlement, each step by the person whose job it is, on the repair order
     * page: the advisor receives it, prices an oil change, gives the estimate and has the customer sign on the
     * tablet; the foreman dispatches; the technician clocks on and off and checks their work; the foreman and the QC
     * inspector check it; the advisor gives 10% off the parts, records the clean-up, explains the bill and delivers;
     * the cashier takes the payment; the bill's PDF is saved and its first page drawn. The bill is the one worked out
     * by hand: 0.5 h × 380.00 (the demo store's rate) + 52.00 (the filter asked for by its old number) + 398.00 =
     * 640.00, less 10% of the parts' 450.00 = 595.00, of which VAT at 13% is 68.45.
     */
    @Test
    void aCarGoesFromBookingToSettlementThroughEveryoneWhoseJobItIs() throws IOException {
        long[] car = customerWithCar("孙立人", Gender.MALE, "19977790001", "LFMKE40K0JP790001", "沪C79001");
        // Six days ahead: other journeys count the cars received tomorrow, and the lane's pages use the fourth day.
        java.time.LocalDate day =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(6);
        List<String> defects = new java.util.ArrayList<>();
        try {
            signIn("advisor");
            bookByPhone(car[0], day);
            receive(day, car[1], "孙先生", "到保养里程了，机油灯亮过一次。", "40100");
            press(By.cssSelector("a[href^='/repair-orders/']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-line")));
            String order = browser.getCurrentUrl().replace(url(""), "");

            addLine("LABOUR", "M-OIL", "1");
            addLine("PART", "90915-YZZD1", "1");
            addLine("PART", "08880-83264", "1");
            assertThat(browser.findElement(By.id("estimate-total")).getText()).isEqualTo("640.00");
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "document.getElementById('promised-input').value = arguments[0]",
                            day.atTime(17, 30).toString());
            press(By.cssSelector("#estimate-form button[type=submit]"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approval-form")));
            WebElement pad = browser.findElement(By.id("signature-pad"));
            ((JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", pad);
            new org.openqa.selenium.interactions.Actions(browser)
                    .moveToElement(pad, -80, 10)
                    .clickAndHold()
                    .moveByOffset(40, -20)
                    .moveByOffset(40, 30)
                    .moveByOffset(40, -30)
                    .release()
                    .perform();
            screenshot("repair-order-approval-signed");
            press(By.cssSelector("#approval-form button[type=submit]"));
            assertStatus("客户已确认");

            as("foreman", order);
            new org.openqa.selenium.support.ui.Select(
                            browser.findElement(By.cssSelector("#line-1 select[name=technicianId]")))
                    .selectByVisibleText("刘洋");
            press(By.cssSelector("#line-1 form[action$='/dispatch'] button"));
            // the page reloads after the post: wait for it rather than read the page being left
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("line-1"), "刘洋"));

            as("technician", order);
            press(By.cssSelector("#line-1 .clock-on"));
            assertStatus("维修中");
            press(By.cssSelector("#line-1 .clock-off"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("line-1"), "完工"));
            // the technician goes down the checklist item by item; the foreman ticks all at once
            List<String> items = browser.findElements(By.cssSelector("#check-form .item-ok")).stream()
                    .map(item -> item.getDomAttribute("id"))
                    .toList();
            assertThat(items).isNotEmpty();
            items.forEach(item -> press(By.id(item)));
            screenshot("repair-order-self-check");
            press(By.id("pass-check"));
            assertStatus("已自检");

            as("foreman", order);
            press(By.id("all-items-ok"));
            press(By.id("pass-check"));
            assertStatus("已互检");
            as("inspector", order);
            press(By.id("all-items-ok"));
            browser.findElement(By.id("check-notes")).sendKeys("试车正常，无渗漏");
            java.nio.file.Path photo = java.nio.file.Files.createTempFile("final-check", ".png");
            java.nio.file.Files.write(photo, shinrai.workshop.WorkshopFixtures.aPhoto());
            browser.findElement(By.id("check-photos"))
                    .sendKeys(photo.toAbsolutePath().toString());
            press(By.id("pass-check"));
            assertStatus("终检合格");
            assertThat(browser.findElements(By.cssSelector("#quality-checks .quality-check")))
                    .hasSize(3);
            assertThat(browser.findElement(By.id("quality-checks")).getText()).contains("试车正常，无渗漏");
            org.openqa.selenium.WebElement thumbnail =
                    browser.findElement(By.cssSelector("#quality-checks .check-photos img"));
            wait.until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth", thumbnail)
                    .equals(4L));

            as("advisor", order);
            // 10% off the parts (52.00 + 398.00): 45.00, within the advisor's 10% of the customer's 640.00
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("discount-scope")))
                    .selectByValue("PARTS");
            browser.findElement(By.id("discount-percent")).sendKeys("10");
            browser.findElement(By.id("discount-reason")).sendKeys("会员配件九折");
            press(By.id("give-discount"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
            assertThat(browser.findElement(By.id("customer-share")).getText()).contains("595.00");
            press(By.id("washed"));
            press(By.id("interior"));
            press(By.cssSelector("#clean-up-form button[type=submit]"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
            press(By.id("open-bill"));
            // 640.00 - 45.00 = 595.00, of which VAT 595.00 × 13 / 113 = 68.45
            wait.until(ExpectedConditions.textToBe(By.id("bill-customer-pays"), "595.00"));
            assertThat(browser.findElement(By.id("bill-vat")).getText()).isEqualTo("68.45");
            screenshot("lane/bill-explained-at-delivery");
            browser.get(url(order));
            press(By.id("bill-explained"));
            press(By.id("old-parts"));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("advisor-rating"))).selectByValue("5");
            press(By.id("deliver"));
            assertStatus("已交车");

            as("cashier", order);
            assertThat(browser.findElement(By.id("balance-due")).getText()).isEqualTo("595.00");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("payment-method")))
                    .selectByValue("WECHAT_PAY");
            press(By.id("take-payment"));
            assertStatus("已结算");
            assertThat(browser.findElement(By.id("balance-due")).getText()).isEqualTo("0.00");
            press(By.id("open-bill"));
            wait.until(ExpectedConditions.textToBe(By.id("bill-balance"), "0.00"));
            savedBillShowsItsChineseText(browser.findElement(By.id("bill-pdf")).getDomAttribute("href"));
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url(order + "/bill?lang=" + language));
                checkLayout(language, "/repair-orders/bill", defects);
            }
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url(order + "?lang=" + language));
                checkLayout(language, "/repair-orders/settled", defects);
            }
            browser.get(url("/repair-orders?lang=zh-CN"));
            checkLayout("zh-CN", "/repair-orders", defects);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(defects).as("layout defects of the repair order pages").isEmpty();
    }

    /**
     * Fetches the bill's PDF with the cashier's session, as the download link would, keeps it in
     * target/screenshots/lane, and renders its first page to an image there: headless Chromium shows no PDFs, so the
     * page is drawn by PDFBox from the fonts embedded in the file, which is what any viewer would have.
     */
    private void savedBillShowsItsChineseText(String pdfPath) throws IOException {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                          let binary = '';
                          new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                          done(btoa(binary));
                        });""", pdfPath);
        byte[] pdf = java.util.Base64.getDecoder().decode(base64);
        Path folder = Files.createDirectories(Path.of("target", "screenshots", "lane"));
        Files.write(folder.resolve("bill.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110),
                    "png",
                    folder.resolve("bill-pdf-page-1.png").toFile());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("维修结算单", "孙立人", "机油滤清器", "595.00", "68.45");
        }
    }

    /**
     * After delivery: 黄敏 (customer relations) finds the call in her queue, opens the call page (at a laptop and a
     * tablet, in both languages) and records that she reached the customer.
     */
    @Test
    void theRelationsAgentFindsTheCallInHerQueueAndRecordsThatSheReachedTheCustomer(
            @org.springframework.beans.factory.annotation.Autowired shinrai.workshop.Workshop workshop,
            @org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource app,
            @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock) {
        shinrai.workshop.WorkshopFixtures fixtures =
                new shinrai.workshop.WorkshopFixtures(workshop, customers, vehicles, app, clock);
        shinrai.workshop.RepairOrder order = fixtures.delivered();
        List<String> defects = new java.util.ArrayList<>();
        try {
            as("relations", "/follow-ups?lang=zh-CN");
            By row = By.xpath("//table[@id='follow-up-calls']//tr[td[normalize-space()='" + order.number() + "']]");
            // the call was opened with the delivery, in its transaction
            assertThat(browser.findElements(row)).hasSize(1);
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/follow-ups?lang=" + language));
                checkLayout(language, "/follow-ups", defects);
            }
            String call = browser.findElement(row).getAttribute("data-call");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/follow-ups/" + call + "?lang=" + language));
                checkLayout(language, "/follow-ups/" + call, defects);
            }
            as("manager", "/follow-ups/overview?unassigned=false&lang=zh-CN");
            assertThat(browser.findElement(By.id("agent-load")).getText()).contains("黄敏");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/follow-ups/overview?agent=" + fixtures.staffId("relations") + "&lang=" + language));
                checkLayout(language, "/follow-ups/overview", defects);
            }
            as("relations", "/follow-ups/" + call + "?lang=zh-CN");
            assertThat(browser.findElement(By.id("customer-words")).getText()).isEqualTo("到保养里程了，顺便看看刹车有异响");
            assertThat(browser.findElement(By.id("call-script")).getText()).contains("黄敏");
            press(By.id("outcome-REACHED"));
            browser.findElement(By.id("note")).sendKeys("客户满意，刹车已不响");
            press(By.id("record-outcome"));
            wait.until(ExpectedConditions.urlToBe(url("/follow-ups")));
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("回访结果已登记：已接通。");
            assertThat(browser.findElements(row)).isEmpty();

            // a customer who rated the visit low is on the month's watch list; the agent takes it in hand
            shinrai.workshop.RepairOrder checked = fixtures.passedFinalCheck();
            shinrai.workshop.RepairOrder unhappy = fixtures.as("advisor").call(() -> {
                shinrai.workshop.RepairOrder cleaned =
                        workshop.recordCleanUp(checked.id(), checked.version(), true, true);
                return workshop.deliver(
                        cleaned.id(), cleaned.version(), new shinrai.workshop.Handover(true, true, 2, 3));
            });
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/retention/lists?lang=" + language));
                checkLayout(language, "/retention/lists", defects);
            }
            browser.get(url("/retention/lists?lang=zh-CN"));
            // the low rating opened a complaint (staff attitude): the list shows the complaint, once
            By entry = By.xpath("//table[@id='list']//tr[@data-customer='"
                    + unhappy.customer().value() + "']");
            assertThat(browser.findElements(entry)).hasSize(1);
            assertThat(browser.findElement(entry).getText()).contains("投诉：服务态度");
            new org.openqa.selenium.support.ui.Select(browser.findElement(entry).findElement(By.name("owner")))
                    .selectByVisibleText("黄敏");
            browser.findElement(entry).findElement(By.name("note")).sendKeys("今天回电致歉");
            browser.findElement(entry)
                    .findElement(By.cssSelector("button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.textToBe(By.id("notice"), "已保存。"));
            assertThat(browser.findElement(entry).findElement(By.name("note")).getAttribute("value"))
                    .isEqualTo("今天回电致歉");
            screenshot("retention-lists");
        } finally {
            tabletOrLaptop(1280);
        }
        assertThat(defects).as("layout defects").isEmpty();
    }

    /**
     * The customer rated the technicians' work 1 of 5 at delivery: the dealer's rule opens a complaint, and the service
     * manager (at a laptop and a tablet, in both languages) answers the customer, records what went wrong and what was
     * done, is refused closing it before the customer confirmed, records the customer's confirmation and closes it.
     */
    @Test
    void aLowDeliveryRatingOpensAComplaintThatTheManagerResolvesWithTheCustomersConfirmation(
            @org.springframework.beans.factory.annotation.Autowired shinrai.workshop.Workshop workshop,
            @org.springframework.beans.factory.annotation.Autowired shinrai.complaint.ComplaintDesk desk,
            @org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource app,
            @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock) {
        shinrai.workshop.WorkshopFixtures fixtures =
                new shinrai.workshop.WorkshopFixtures(workshop, customers, vehicles, app, clock);
        shinrai.workshop.RepairOrder checked = fixtures.passedFinalCheck();
        shinrai.workshop.RepairOrder order = fixtures.as("advisor").call(() -> {
            shinrai.workshop.RepairOrder cleaned = workshop.recordCleanUp(checked.id(), checked.version(), true, true);
            return workshop.deliver(cleaned.id(), cleaned.version(), new shinrai.workshop.Handover(true, true, 4, 1));
        });
        long complaint = fixtures.as("manager")
                .call(() -> desk.search(new shinrai.complaint.ComplaintFilter(
                                shinrai.complaint.ComplaintFilter.View.UNASSIGNED,
                                null,
                                null,
                                null,
                                null,
                                null,
                                order.customer()))
                        .get(0)
                        .id()
                        .value());
        List<String> defects = new java.util.ArrayList<>();
        try {
            as("manager", "/complaints?view=UNASSIGNED&lang=zh-CN");
            By row = By.cssSelector("#complaints tr[data-complaint='" + complaint + "']");
            assertThat(browser.findElement(row).getText()).contains("维修质量");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/complaints?view=UNASSIGNED&lang=" + language));
                checkLayout(language, "/complaints", defects);
                browser.get(url("/complaints/" + complaint + "?lang=" + language));
                checkLayout(language, "/complaints/" + complaint, defects);
            }
            browser.get(url("/complaints/" + complaint + "?lang=zh-CN"));
            assertThat(browser.findElement(By.id("delivery-ratings")).getText()).contains("维修技师 1 分");
            resolveWithTheCustomersConfirmation();
        } finally {
            tabletOrLaptop(1280);
        }
        assertThat(defects).as("layout defects").isEmpty();
    }

    /**
     * 黄敏 works a follow-up call and takes the CSI survey on it, the customer unhappy with the waiting (2 of 10); the
     * dealer's rule opens a complaint from the survey, which the manager answers, resolves and closes once the customer
     * confirms. Then a customer who withdrew phone calls answers the survey sent by SMS on the public page, at a phone's
     * width (390 px), in Chinese and in English.
     */
    @Test
    void anAgentTakesTheSurveyOnTheCallTheComplaintItOpensIsResolvedAndTheSurveyPageFitsAPhone(
            @org.springframework.beans.factory.annotation.Autowired shinrai.workshop.Workshop workshop,
            @org.springframework.beans.factory.annotation.Autowired shinrai.complaint.ComplaintDesk desk,
            @org.springframework.beans.factory.annotation.Autowired shinrai.followup.FollowUps followUps,
            @org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource app,
            @org.springframework.beans.factory.annotation.Autowired @shinrai.database.SchemaOwner
                    javax.sql.DataSource owner,
            @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock) {
        shinrai.workshop.WorkshopFixtures fixtures =
                new shinrai.workshop.WorkshopFixtures(workshop, customers, vehicles, app, clock);
        shinrai.workshop.RepairOrder order = fixtures.delivered();
        long call = fixtures.as("relations")
                .call(() -> followUps.openOf(order.customer().value()))
                .get(0)
                .id()
                .value();
        List<String> defects = new java.util.ArrayList<>();
        try {
            as("relations", "/follow-ups/" + call + "?lang=zh-CN");
            press(By.id("take-survey"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/surveys/calls/" + call + "?lang=" + language));
                checkLayout(language, "/surveys/calls/" + call, defects);
            }
            browser.get(url("/surveys/calls/" + call + "?lang=zh-CN"));
            answerEveryQuestion(2, "等了一个多小时，也没人告诉我进度");
            press(By.id("save-survey"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(fixtures.as("relations")
                            .call(() -> followUps
                                    .get(new shinrai.followup.FollowUpCallId(call))
                                    .status()))
                    .isEqualTo(shinrai.followup.CallStatus.REACHED);

            List<shinrai.complaint.Complaint> opened = fixtures.as("manager")
                    .call(() -> desk.search(new shinrai.complaint.ComplaintFilter(
                            shinrai.complaint.ComplaintFilter.View.OPEN,
                            null,
                            null,
                            null,
                            null,
                            null,
                            order.customer())));
            assertThat(opened).as("one complaint from the survey").hasSize(1);
            as("manager", "/complaints/" + opened.get(0).id().value() + "?lang=zh-CN");
            assertThat(browser.findElement(By.id("customer-words")).getText()).contains("等了一个多小时");
            resolveWithTheCustomersConfirmation();

            // the customer who is not called answers on the phone
            shinrai.workshop.RepairOrder checked = fixtures.passedFinalCheck();
            fixtures.as("advisor").run(() -> {
                customers.recordConsent(
                        checked.customer().value(),
                        shinrai.customer.ConsentChannel.PHONE_CALL,
                        false,
                        shinrai.customer.ConsentMethod.VERBAL,
                        "不要打电话");
                customers.recordConsent(
                        checked.customer().value(),
                        shinrai.customer.ConsentChannel.SMS,
                        true,
                        shinrai.customer.ConsentMethod.SIGNED_FORM,
                        "");
            });
            shinrai.workshop.RepairOrder notCalled = fixtures.as("advisor").call(() -> {
                shinrai.workshop.RepairOrder cleaned =
                        workshop.recordCleanUp(checked.id(), checked.version(), true, true);
                return workshop.deliver(
                        cleaned.id(), cleaned.version(), new shinrai.workshop.Handover(true, true, 5, 5));
            });
            String sms = org.springframework.jdbc.core.simple.JdbcClient.create(owner)
                    .sql("SELECT body FROM messaging.outbox_message WHERE topic = 'SURVEY_LINK' AND reference = :ref")
                    .param("ref", "repair-order:" + notCalled.id().value())
                    .query(String.class)
                    .single();
            String page = sms.substring(sms.indexOf("/p/survey/")).split("\\s")[0];
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url(page + "?lang=" + language));
                phoneLayout(language, page, defects);
            }
            browser.get(url(page + "?lang=zh-CN"));
            answerEveryQuestion(9, "师傅很细心");
            press(By.id("send-survey"));
            wait.until(driver -> !driver.findElements(By.id("notice")).isEmpty()
                    || !driver.findElements(By.id("survey-problems")).isEmpty());
            assertThat(browser.findElements(By.id("survey-problems")))
                    .as("refused")
                    .isEmpty();
            assertThat(browser.findElements(By.id("survey-form")))
                    .as("answered once")
                    .isEmpty();
            fullPageScreenshot("lane/p-survey-thanks-390");
        } finally {
            tabletOrLaptop(1280);
        }
        assertThat(defects).as("layout defects").isEmpty();
    }

    /** Picks the given point (or the top one, if lower) on every scale, the first option of every choice, and writes. */
    private void answerEveryQuestion(int point, String words) {
        ((JavascriptExecutor) browser).executeScript("""
                const point = arguments[0];
                document.querySelectorAll('.survey-question').forEach(q => {
                  q.querySelectorAll('[role=radiogroup]').forEach(group => {
                    const labels = group.querySelectorAll('label');
                    labels[Math.min(point, labels.length) - 1].click();
                  });
                  if (!q.querySelector('[role=radiogroup]')) {
                    const first = q.querySelector('label.btn');
                    if (first) first.click();
                  }
                  const text = q.querySelector('textarea');
                  if (text) text.value = arguments[1];
                });""", point, words);
    }

    /** The page at a phone's width: the layout script's defects, and a full-page screenshot. */
    @SuppressWarnings("unchecked")
    private void phoneLayout(String language, String page, List<String> defects) {
        wait.until(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(LAYOUT_DEFECTS);
        found.forEach(defect -> defects.add("/p/survey [" + language + ", 390 px] " + defect));
        fullPageScreenshot("lane/p-survey-" + language + "-390");
    }

    /**
     * On the complaint's page, as the service manager: answers the customer, resolves with a root cause and a
     * corrective action, is refused closing before the customer confirms, records the confirmation and closes.
     */
    private void resolveWithTheCustomersConfirmation() {
        {
            browser.findElement(By.id("respond-said")).sendKeys("已致电客户道歉，约明天复查");
            press(By.id("respond"));
            wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "处理中"));
            browser.findElement(By.id("rootCause")).sendKeys("刹车片装配未到位");
            browser.findElement(By.id("correctiveAction")).sendKeys("重新装配并路试，技师复训");
            press(By.id("resolve"));
            wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "已解决待确认"));

            press(By.id("close"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".alert-danger[role='alert']"), "客户尚未确认，不能关闭投诉。"));
            assertThat(browser.findElement(By.id("complaint-status")).getText()).isEqualTo("已解决待确认");

            browser.findElement(By.id("confirm-note")).sendKeys("客户复查后表示满意");
            press(By.id("confirm"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirmation"), "电话确认"));
            press(By.id("close"));
            wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "已关闭"));
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("投诉已关闭。");
            assertThat(browser.findElement(By.id("history")).getText()).contains("客户确认", "关闭");
        }
    }

    /**
     * The workshop floor: the foreman drags a waiting job onto a bay's row of the dispatch board, which puts it in that
     * bay, then onto a technician's row, which gives it to them in that bay (at a laptop and a tablet, in both
     * languages); the board shows two cars running in one bay as a conflict; the technician sees the job and its bay
     * on the phone and clocks on. The service manager's page of bays is looked at too.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theForemanDragsAJobToABayAndATechnicianWhoClocksOnFromTheirPhone(
            @org.springframework.beans.factory.annotation.Autowired shinrai.workshop.Workshop workshop,
            @org.springframework.beans.factory.annotation.Autowired shinrai.workshop.Bays bays,
            @org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource app,
            @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock) {
        shinrai.workshop.WorkshopFixtures fixtures =
                new shinrai.workshop.WorkshopFixtures(workshop, customers, vehicles, app, clock);
        // the morning of a working day, whenever the build runs: work began at nine, the board is read at half past ten
        shinrai.TestClock time = (shinrai.TestClock) clock;
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        time.set(java.time.LocalDate.now(clock.withZone(zone)), 9, 0, zone);
        shinrai.dealer.StaffId technician = fixtures.staffId("technician");
        shinrai.dealer.StaffId foreman = fixtures.staffId("foreman");
        List<shinrai.workshop.Bay> demoBays = fixtures.as("foreman").call(bays::active);
        java.util.function.Function<String, shinrai.workshop.BayId> bay = name -> demoBays.stream()
                .filter(each -> each.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        shinrai.workshop.BayId lift1 = bay.apply("1号工位");
        shinrai.workshop.BayId lift2 = bay.apply("2号工位");
        shinrai.workshop.BayId express1 = bay.apply("快保1");
        shinrai.workshop.RepairOrder waiting = fixtures.approved();
        fixtures.approved();
        for (int car = 0; car < 2; car++) {
            // two cars running on lift 1 at once: a conflict the board shows
            shinrai.workshop.RepairOrder running = fixtures.approved();
            shinrai.workshop.RepairOrder given = fixtures.as("foreman")
                    .call(() -> workshop.dispatch(running.id(), running.version(), 1, technician, lift1));
            fixtures.as("technician").run(() -> workshop.clockOn(given.id(), given.version(), 1));
        }
        shinrai.workshop.RepairOrder paused = fixtures.approved();
        shinrai.workshop.RepairOrder on = fixtures.as("foreman").call(() -> {
            shinrai.workshop.RepairOrder given = workshop.dispatch(paused.id(), paused.version(), 1, foreman, lift2);
            return workshop.clockOn(given.id(), given.version(), 1);
        });
        time.advance(Duration.ofMinutes(40));
        fixtures.as("foreman")
                .run(() -> workshop.clockOff(on.id(), on.version(), 1, shinrai.workshop.PauseReason.WAITING_FOR_PARTS));
        time.advance(Duration.ofMinutes(50));
        List<String> defects = new java.util.ArrayList<>();
        try {
            as("foreman", "/workshop/board?lang=zh-CN");
            String card = "dispatch-" + waiting.id() + "-1";
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(card)));
            assertThat(browser.findElement(By.cssSelector("#bay-rows [data-bay-id='" + lift1 + "'] .bay-conflict-note"))
                            .getText())
                    .contains("冲突：2 辆车同时在此工位作业");

            dragOnto(card, ".dispatch-row[data-drop-bay='" + express1 + "'] .dispatch-track");
            assertThat(browser.findElement(By.cssSelector("[data-dispatch-form='" + card + "']"))
                            .getText())
                    .contains("工位：快保1");
            assertThat(browser.findElement(By.cssSelector("#bay-rows [data-bay-id='" + express1 + "'] .bay-queue"))
                            .getText())
                    .contains("排队 1：", "更换机油及机油滤清器", "未派工");

            dragOnto(card, ".dispatch-row[data-technician-id='" + technician.value() + "'] .dispatch-track");
            assertThat(browser.findElements(By.id(card))).isEmpty();
            assertThat(browser.findElement(By.cssSelector("#dispatched-jobs [data-job='" + waiting.number() + "-1']"))
                            .getText())
                    .contains("快保1", "待开工");
            assertThat(browser.findElement(By.id("dispatched-jobs")).getText())
                    .contains(waiting.number(), "待开工", "作业中", "等待配件");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/workshop/board?lang=" + language));
                checkLayout(language, "/workshop/board", defects);
            }

            as("manager", "/workshop/bays?lang=zh-CN");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/workshop/bays?lang=" + language));
                checkLayout(language, "/workshop/bays", defects);
            }

            as("technician", "/workshop/my-jobs?lang=zh-CN");
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            WebElement job = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-job='" + waiting.number() + "-1']")));
            assertThat(job.getText()).contains("更换机油及机油滤清器", "开工", "工位：快保1");
            List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(LAYOUT_DEFECTS);
            found.forEach(defect -> defects.add("/workshop/my-jobs [zh-CN, 390 px] " + defect));
            fullPageScreenshot("lane/workshop-my-jobs-zh-CN-390");
            press(By.cssSelector("[data-job='" + waiting.number() + "-1'] .clock-on"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
            assertThat(browser.findElement(By.cssSelector("[data-job='" + waiting.number() + "-1']"))
                            .getText())
                    .contains("作业中");
            browser.get(url("/workshop/my-jobs?lang=en"));
            fullPageScreenshot("lane/workshop-my-jobs-en-390");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(defects).as("layout defects of the workshop floor pages").isEmpty();
    }

    /**
     * The service manager writes the dealer's own questionnaire on the page (a scale, a choice and a free text, each in
     * Chinese and English), previews it and saves it, and chooses it for the calls; the relations agent asks it on a
     * follow-up call; the results page scores it: 4 of 5 is (4 − 1) / 4 × 100 = 75.0. The pages at desktop width, in
     * both languages.
     */
    @Test
    void theManagerWritesAQuestionnaireTheAgentAsksItOnACallAndTheResultsPageScoresIt(
            @org.springframework.beans.factory.annotation.Autowired shinrai.workshop.Workshop workshop,
            @org.springframework.beans.factory.annotation.Autowired shinrai.followup.FollowUps followUps,
            @org.springframework.beans.factory.annotation.Autowired shinrai.survey.SurveySettings settings,
            @org.springframework.beans.factory.annotation.Autowired shinrai.survey.Questionnaires questionnaires,
            @org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource app,
            @org.springframework.beans.factory.annotation.Autowired @shinrai.database.SchemaOwner
                    javax.sql.DataSource owner,
            @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock) {
        shinrai.workshop.WorkshopFixtures fixtures =
                new shinrai.workshop.WorkshopFixtures(workshop, customers, vehicles, app, clock);
        String code = "JOURNEY_" + (System.nanoTime() / 1000 % 1_000_000);
        List<String> defects = new java.util.ArrayList<>();
        try {
            as("manager", "/surveys/questionnaires/new?lang=en");
            checkLayout("en", "/surveys/questionnaires/new", defects);
            browser.get(url("/surveys/settings?lang=zh-CN"));
            press(By.id("write-questionnaire"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("questionnaire-form")));
            browser.findElement(By.id("code")).sendKeys(code);
            browser.findElement(By.id("nameZh")).sendKeys("交车体验回访");
            browser.findElement(By.id("nameEn")).sendKeys("Pick-up follow-up");
            browser.findElement(By.id("q0-textZh")).sendKeys("您对交车过程满意吗？");
            browser.findElement(By.id("q0-textEn")).sendKeys("How satisfied were you with the pick-up?");
            press(By.id("add-choice"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q1-textZh")));
            browser.findElement(By.id("q1-textZh")).sendKeys("车辆是否按时交付？");
            press(By.id("preview-questionnaire"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("write-problems")));
            assertThat(browser.findElement(By.id("write-problems")).getText())
                    .contains("第 2 题 · 题目（英文）：请填写此项。", "第 2 题 · 选项：单选题须有 2 到 10 个选项。");
            browser.findElement(By.id("q1-textEn")).sendKeys("Was the car ready on time?");
            browser.findElement(By.id("q1-o0-labelZh")).sendKeys("是");
            browser.findElement(By.id("q1-o0-labelEn")).sendKeys("Yes");
            browser.findElement(By.id("q1-o1-labelZh")).sendKeys("否");
            browser.findElement(By.id("q1-o1-labelEn")).sendKeys("No");
            press(By.id("add-text"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q2-textZh")));
            browser.findElement(By.id("q2-textZh")).sendKeys("还有什么建议？");
            browser.findElement(By.id("q2-textEn")).sendKeys("Any suggestions?");
            press(By.id("preview-questionnaire"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("questionnaire-preview")));
            assertThat(browser.findElements(By.id("write-problems"))).isEmpty();
            assertThat(browser.findElement(By.id("questionnaire-preview")).getText())
                    .contains("您对交车过程满意吗？", "非常满意", "是", "否");
            checkLayout("zh-CN", "/surveys/questionnaires/new/preview", defects);
            press(By.id("save-questionnaire"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
            assertThat(browser.findElement(By.id("notice")).getText()).contains("交车体验回访", code);
            press(By.id("choose-" + code));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "交车体验回访"));

            shinrai.workshop.RepairOrder order = fixtures.delivered();
            long call = fixtures.as("relations")
                    .call(() -> followUps.openOf(order.customer().value()))
                    .get(0)
                    .id()
                    .value();
            as("relations", "/surveys/calls/" + call + "?lang=zh-CN");
            assertThat(browser.findElement(By.id("survey-form")).getText()).contains("交车体验回访", "车辆是否按时交付？");
            answerEveryQuestion(4, "交车时讲解很仔细");
            press(By.id("save-survey"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

            String month = java.time.YearMonth.from(clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")))
                    .toString();
            String results = "/surveys/questionnaires/" + code + "/results?month=" + month;
            as("manager", results + "&lang=zh-CN");
            assertThat(browser.findElement(By.id("written-score")).getText()).isEqualTo("75.0");
            assertThat(browser.findElement(By.id("written-questions")).getText())
                    .contains("是: 1", "否: 0");
            assertThat(browser.findElement(By.id("written-texts")).getText()).contains("交车时讲解很仔细");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url(results + "&lang=" + language));
                checkLayout(language, "/surveys/questionnaires/results", defects);
            }

            // the network's own questionnaire, its list, its page to write one and its dealers side by side
            java.util.Map<String, Object> analyst = org.springframework.jdbc.core.simple.JdbcClient.create(owner)
                    .sql("SELECT id, network_id FROM dealer.user_account WHERE username = 'network'")
                    .query()
                    .singleRow();
            String brand = "BRAND_" + code.substring("JOURNEY_".length());
            new shinrai.shared.DealerScope(
                            ((Number) analyst.get("id")).longValue(),
                            "network",
                            null,
                            ((Number) analyst.get("network_id")).longValue())
                    .run(() -> questionnaires.createForNetwork(new shinrai.survey.NewQuestionnaire(
                            brand,
                            "品牌回访问卷",
                            "Brand follow-up",
                            List.of(new shinrai.survey.NewQuestionnaire.NewQuestion(
                                    "OVERALL",
                                    shinrai.survey.QuestionKind.SCALE,
                                    "您对本次服务总体满意吗？",
                                    "How satisfied are you overall?",
                                    null,
                                    0,
                                    10,
                                    "非常不满意",
                                    "Very dissatisfied",
                                    "非常满意",
                                    "Very satisfied",
                                    null,
                                    null,
                                    true,
                                    false)))));
            as("network", "/surveys/network/questionnaires?lang=zh-CN");
            assertThat(browser.findElement(By.id("network-questionnaire-" + brand))
                            .getText())
                    .contains("品牌回访问卷");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/surveys/network/questionnaires?lang=" + language));
                checkLayout(language, "/surveys/network/questionnaires", defects);
                browser.get(url("/surveys/network/questionnaires/new?lang=" + language));
                checkLayout(language, "/surveys/network/questionnaires/new", defects);
                browser.get(url(
                        "/surveys/network/questionnaires/" + brand + "/results?month=" + month + "&lang=" + language));
                checkLayout(language, "/surveys/network/questionnaires/results", defects);
            }
        } finally {
            fixtures.as("manager").run(() -> settings.choose("CSI"));
            tabletOrLaptop(1280);
        }
        assertThat(defects).as("layout defects").isEmpty();
    }

    /**
     * Drags a waiting job's card onto a row of the dispatch board and waits for the page the drop submits. Chromium's
     * driver cannot drag natively: the page gets the same drag events a hand would send.
     */
    private void dragOnto(String card, String row) {
        WebElement before = browser.findElement(By.tagName("main"));
        ((JavascriptExecutor) browser).executeScript("""
                        var card = document.querySelector('[data-dispatch-form="' + arguments[0] + '"]');
                        var row = document.querySelector(arguments[1]);
                        var data = new DataTransfer();
                        card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                        row.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                        row.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                        """, card, row);
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    }

    private void addLine(String kind, String code, String quantity) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("line-kind"))).selectByValue(kind);
        browser.findElement(By.id("line-code")).sendKeys(code);
        WebElement amount = browser.findElement(By.id("line-quantity"));
        amount.clear();
        amount.sendKeys(quantity);
        press(By.cssSelector("#add-line button[type=submit]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    }

    /** Signs out and in again as {@code username}, and opens the page. */
    private void as(String username, String page) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=zh-CN"));
        signIn(username);
        browser.get(url(page));
    }

    private void assertStatus(String status) {
        wait.until(ExpectedConditions.textToBe(By.id("repair-order-status"), status));
    }

    private void publicBookingInLanguage(String language, long[] car, java.time.LocalDate day, List<String> defects) {
        browser.manage().deleteAllCookies();
        browser.get(url("/book/1?lang=" + language));
        checkLayout(language, "/book/1", defects);
        browser.findElement(By.id("plate")).sendKeys(plateOf(car[1]));
        browser.findElement(By.id("mobile")).sendKeys(mobileOf(car[1]));
        press(By.id("identify"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-booking-form")));
        chooseDay("public-booking-form", day);
        press(By.id("services1"));
        chooseFirstFreeSlot("public-booking-form");
        checkLayout(language, "/book/1/form", defects);
        press(By.id("public-book"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-booked")));
        checkLayout(language, "/book/1/done", defects);
    }

    private final java.util.Map<Long, String[]> plateAndMobile = new java.util.HashMap<>();

    private String plateOf(long vehicleId) {
        return plateAndMobile.get(vehicleId)[0];
    }

    private String mobileOf(long vehicleId) {
        return plateAndMobile.get(vehicleId)[1];
    }

    /** Books the customer's car from their 360 page for the day, in its first free slot, with their consent. */
    private void bookByPhone(long customerId, java.time.LocalDate day) {
        browser.get(url("/customers/" + customerId));
        press(By.cssSelector("#vehicles .book-vehicle"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-form")));
        chooseDay("booking-form", day);
        press(By.id("services1"));
        chooseFirstFreeSlot("booking-form");
        press(By.id("consentToMessages1"));
        press(By.id("book"));
        wait.until(ExpectedConditions.urlContains("/appointments?day="));
    }

    /** Puts the day in the form's date field as the date picker would, and waits for htmx to show its slots. */
    private void chooseDay(String formId, java.time.LocalDate day) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "const field = document.querySelector('#' + arguments[0] + ' input[name=day]');"
                                + "field.value = arguments[1];"
                                + "field.dispatchEvent(new Event('change', {bubbles: true}));",
                        formId,
                        day.toString());
        wait.until(driver -> Boolean.FALSE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return document.getElementById(arguments[0]).classList.contains('htmx-request')", formId)));
    }

    /** Lets htmx reload the free slots for the services ticked, then picks the first one. */
    private void chooseFirstFreeSlot(String formId) {
        wait.until(driver -> Boolean.FALSE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return document.getElementById(arguments[0]).classList.contains('htmx-request')", formId)));
        By firstSlot = By.cssSelector("#slots input.btn-check");
        wait.until(ExpectedConditions.presenceOfElementLocated(firstSlot));
        String id = browser.findElement(firstSlot).getAttribute("id");
        press(By.cssSelector("label[for='" + id + "']"));
        wait.until(ExpectedConditions.elementSelectionStateToBe(By.id(id), true));
    }

    /** A dealer's export with more columns than Shinrai needs; returns the address of its mapping page. */
    private String uploadAnImport() throws IOException {
        StringBuilder csv = new StringBuilder("客户姓名,手机号码,车架号,车牌号码,品牌,车系,电子邮箱,联系地址,客户备注\n");
        for (int i = 0; i < 6; i++) {
            String raw = "LVGEE42K0PW" + "%06d".formatted(900 + i); // not the other import journey's cars
            String vin = raw.substring(0, 8) + Vin.checkDigitFor(raw) + raw.substring(9);
            csv.append("宽屏导入")
                    .append(i)
                    .append(',')
                    .append(i == 3 ? "12345" : "1377%07d".formatted(900 + i))
                    .append(',')
                    .append(vin)
                    .append(",沪G9")
                    .append("%04d".formatted(i))
                    .append(",丰田,凯美瑞,customer")
                    .append(i)
                    .append("@example.com,上海市浦东新区世纪大道")
                    .append(100 + i)
                    .append("号,老客户转介绍\n");
        }
        Path file = profile.resolve("wide-export.csv");
        Files.writeString(file, csv);
        browser.get(url("/customers/imports"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        press(By.id("upload"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mapping-form")));
        return browser.getCurrentUrl().replace(url(""), "");
    }

    /**
     * Looks at the page in view at a tablet's and a laptop's width: a full-page screenshot of each, and the defects
     * {@code browser/layout-defects.js} finds, each prefixed with the page, the language and the width.
     */
    @SuppressWarnings("unchecked")
    private void checkLayout(String language, String page, List<String> defects) {
        String name = page.replaceAll("\\?.*", "")
                .replaceAll("/\\d+", "/n")
                .replaceAll("[^a-z/]", "")
                .replaceAll("^/", "")
                .replace('/', '-');
        for (int width : List.of(1024, 1366)) {
            tabletOrLaptop(width);
            wait.until(driver ->
                    "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
            List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(LAYOUT_DEFECTS);
            found.forEach(defect -> defects.add(page + " [" + language + ", " + width + " px] " + defect));
            fullPageScreenshot("lane/" + (name.isEmpty() ? "home" : name) + "-" + language + "-" + width);
        }
    }

    /** A window whose page area is exactly {@code width} x 768, whatever the browser's own frame takes. */
    private void tabletOrLaptop(int width) {
        browser.manage().window().setSize(new Dimension(width, 768));
        long inner = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        if (inner != width) {
            browser.manage().window().setSize(new Dimension(width + (int) (width - inner), 768));
        }
    }

    private static final String LAYOUT_DEFECTS = layoutDefectsScript();

    private static String layoutDefectsScript() {
        try (var script = BrowserJourneyTest.class.getResourceAsStream("/browser/layout-defects.js")) {
            return new String(
                    java.util.Objects.requireNonNull(script).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Brings the element into view at once (Bootstrap scrolls smoothly), then presses it, as a person would. */
    private void press(By button) {
        WebElement element = browser.findElement(button);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** Ticks a service, lets htmx reload the free slots for it, then picks the slot. */
    private void chooseServiceAndSlot(String serviceId, String time, String formId) {
        press(By.id(serviceId));
        By slot = By.id("slot-" + time);
        wait.until(driver -> Boolean.FALSE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return document.getElementById(arguments[0]).classList.contains('htmx-request')", formId)));
        wait.until(ExpectedConditions.presenceOfElementLocated(slot));
        press(By.cssSelector("label[for='slot-" + time + "']"));
        wait.until(ExpectedConditions.elementSelectionStateToBe(slot, true));
    }

    /** From tomorrow's board: the briefing first, then the words, the walk-around and the covers. */
    private void receive(long vehicleId, String greeting, String words, String kilometres) {
        receive(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1),
                vehicleId,
                greeting,
                words,
                kilometres);
    }

    /** From the day's board: the briefing first, then the words, the walk-around and the covers. */
    private void receive(java.time.LocalDate day, long vehicleId, String greeting, String words, String kilometres) {
        browser.get(url("/appointments?day=" + day));
        press(By.cssSelector("#appointments a.receive[href*='vehicle=" + vehicleId + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reception-form")));
        assertThat(browser.findElement(By.id("reception-greeting")).getText()).contains(greeting);
        assertThat(browser.findElement(By.id("briefing")).getLocation().getY())
                .as("the history is shown before the form")
                .isLessThan(browser.findElement(By.id("reception-form"))
                        .getLocation()
                        .getY());
        browser.findElement(By.id("customerWords")).sendKeys(words);
        browser.findElement(By.id("kilometres")).sendKeys(kilometres);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("fuelEighths"))).selectByValue("4");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("damage-kind"))).selectByValue("SCRATCH");
        WebElement diagram = browser.findElement(By.id("car-diagram"));
        // in view first: a click beside the window (the demo banner pushes the page down) marks nothing
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", diagram);
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(diagram, -20, -60)
                .click()
                .perform();
        assertThat(browser.findElements(By.cssSelector("#damage-list li"))).hasSize(1);
        press(By.id("seatCover1"));
        press(By.id("floorMat1"));
        press(By.id("steeringWheelCover1"));
        screenshot("reception-" + vehicleId);
        press(By.id("receive"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("repair-order-number")));
        assertThat(browser.findElement(By.id("customer-words")).getText()).isEqualTo(words);
        assertThat(browser.findElement(By.id("repair-order-number")).getText()).containsPattern("RO\\d{8}-\\d{4}");
        assertThat(browser.findElements(By.cssSelector("#damage-recorded li"))).hasSize(1);
    }

    private long[] customerWithCar(String name, Gender gender, String mobile, String vin, String plate) {
        CustomersWithCars.Registered registered = new CustomersWithCars(customers, vehicles)
                .register(DealerScope.systemFor(1), name, gender, mobile, "", vin, plate);
        plateAndMobile.put(registered.vehicleId(), new String[] {plate, mobile});
        return new long[] {registered.customerId(), registered.vehicleId()};
    }

    private static CustomerProfile profile(CustomerKind kind, String name, String mobile) {
        return new CustomerProfile(
                kind,
                name,
                "",
                null,
                null,
                List.of(MobileNumber.of(mobile)),
                List.of(),
                "",
                "",
                "",
                null,
                CustomerSource.WALK_IN,
                java.util.Set.of(),
                null,
                ContactTime.ANY,
                "");
    }

    private static String withCheckDigit(String vin) {
        return vin.substring(0, 8) + Vin.checkDigitFor(vin) + vin.substring(9);
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

    /** The whole page, not only the window's height: what lies below the fold matters as much. */
    private void fullPageScreenshot(String name) {
        long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
        long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        java.util.Map<String, Object> shot = ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Page.captureScreenshot",
                        java.util.Map.of(
                                "captureBeyondViewport",
                                true,
                                "clip",
                                java.util.Map.of(
                                        "x", 0, "y", 0, "width", width, "height", Math.min(height, 4000), "scale", 1)));
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
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

    /**
     * The network's hotline raises a complaint to D001 through the API; the service manager 李明 hears of it by the bell
     * in the header, opens it from the notice and gives it to 黄敏, who hears of that by her bell, answers the customer
     * and resolves it; the network's page then shows D001's progress. The notices page and the network's page are
     * looked at on a desk's and a laptop's screen, in Chinese and in English.
     */
    @Test
    void theNetworkRaisesAComplaintTheManagerHearsOfItByTheBellAndTheNetworkSeesItWorked(
            @org.springframework.beans.factory.annotation.Autowired shinrai.workshop.Workshop workshop,
            @org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource app,
            @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock)
            throws Exception {
        shinrai.workshop.WorkshopFixtures fixtures =
                new shinrai.workshop.WorkshopFixtures(workshop, customers, vehicles, app, clock);
        shinrai.workshop.RepairOrder order = fixtures.delivered();
        long complaint = raiseFromTheNetwork(order.id().value(), "保养后发动机故障灯亮，4S店电话一直打不通");
        List<String> defects = new java.util.ArrayList<>();
        try {
            as("manager", "/?lang=zh-CN");
            assertThat(browser.findElement(By.id("notice-count")).getText()).isNotBlank();
            screenshot("notice-bell-zh-CN");
            browser.findElement(By.id("notice-bell")).click();
            By raised = By.cssSelector("#notices li[data-unread='true']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(raised));
            WebElement notice = browser.findElements(raised).stream()
                    .filter(item -> item.getText().contains("#" + complaint))
                    .findFirst()
                    .orElseThrow();
            assertThat(notice.getText()).contains("网络热线向本店提出投诉 #" + complaint + "，请指定负责人");
            String raisedNotice = notice.getAttribute("data-notice");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/notices?lang=" + language));
                checkLayout(language, "/notices", defects);
            }
            browser.get(url("/notices?lang=zh-CN"));
            press(By.cssSelector("#notices li[data-notice='" + raisedNotice + "'] .notice-open"));
            wait.until(ExpectedConditions.urlToBe(url("/complaints/" + complaint)));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#assign-form select")))
                    .selectByVisibleText("黄敏");
            press(By.id("assign"));
            wait.until(ExpectedConditions.textToBe(By.id("complaint-owner"), "黄敏"));

            as("relations", "/notices?lang=zh-CN");
            assertThat(browser.findElement(By.id("notice-count")).getText()).isNotBlank();
            WebElement given = browser.findElements(By.cssSelector("#notices li[data-unread='true']")).stream()
                    .filter(item -> item.getText().contains("投诉 #" + complaint + " 已交给您处理"))
                    .findFirst()
                    .orElseThrow();
            press(By.cssSelector("#notices li[data-notice='" + given.getAttribute("data-notice") + "'] .notice-open"));
            wait.until(ExpectedConditions.urlToBe(url("/complaints/" + complaint)));
            browser.findElement(By.id("respond-said")).sendKeys("已致电客户道歉，约明天进店检查");
            press(By.id("respond"));
            wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "处理中"));
            browser.findElement(By.id("rootCause")).sendKeys("保养时传感器插头未插到位");
            browser.findElement(By.id("correctiveAction")).sendKeys("重新插接并清除故障码，路试正常");
            press(By.id("resolve"));
            wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "已解决待确认"));

            as("network", "/network/complaints?lang=zh-CN");
            WebElement row =
                    browser.findElement(By.cssSelector("#network-complaints tr[data-complaint='" + complaint + "']"));
            assertThat(row.findElement(By.cssSelector(".network-status .status"))
                            .getText())
                    .isEqualTo("已解决待确认");
            assertThat(row.findElement(By.cssSelector(".owner")).getText()).isEqualTo("黄敏");
            assertThat(row.findElement(By.cssSelector(".last-contact")).getText())
                    .contains("电话");
            assertThat(row.findElement(By.cssSelector(".resolution")).getText()).contains("保养时传感器插头未插到位");
            for (String language : List.of("zh-CN", "en")) {
                browser.get(url("/network/complaints?lang=" + language));
                checkLayout(language, "/network/complaints", defects);
            }
        } finally {
            tabletOrLaptop(1280);
        }
        assertThat(defects).as("layout defects").isEmpty();
    }

    /** The network analyst raises a complaint by the API, as the hotline's own system would; answers its number. */
    private long raiseFromTheNetwork(long repairOrder, String words) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String signIn = http.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/auth/token")))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\"network\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        String token = signIn.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        java.net.http.HttpResponse<String> raised = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/network/complaints")))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"dealer\":1,\"repairOrder\":" + repairOrder
                                        + ",\"category\":\"REPAIR_QUALITY\",\"severity\":\"HIGH\","
                                        + "\"customerWords\":\"" + words + "\"}"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        return Long.parseLong(raised.body().replaceAll(".*\"complaint\":(\\d+).*", "$1"));
    }
}
