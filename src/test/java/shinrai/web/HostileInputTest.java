package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import shinrai.CustomersWithCars;
import shinrai.HttpApi;
import shinrai.HttpApi.Answer;
import shinrai.customer.CustomerBook;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;

/**
 * What an attacker or a careless integrator sends, over real HTTP: every refusal is a 4xx problem that names the
 * field, never a 500, and nothing long or strange reaches the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTest {

    private static final String NUL = "\\u0000";

    @LocalServerPort
    int port;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    HttpApi api;
    CustomersWithCars.Registered car;

    @BeforeEach
    void registerACar() {
        api = new HttpApi(port);
        car = new CustomersWithCars(customers, vehicles)
                .register(
                        DealerScope.systemFor(1),
                        "韩梅梅",
                        null,
                        "139" + (10000000 + (int) (Math.random() * 89999999)),
                        "",
                        "LHGCM8263" + String.format("%08d", (int) (Math.random() * 99999999)),
                        "沪B" + String.format("%05d", (int) (Math.random() * 99999)));
    }

    private static String person(String name) {
        return "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"mobiles\":[\"13912345678\"]}";
    }

    private static void assertRefused(Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        assertThat(answer.fields()).as(answer.body()).contains(field);
    }

    @ParameterizedTest
    @ValueSource(ints = {40_000, 100_000})
    void aHugeNameIsRefusedInUnderAHundredMilliseconds(int length) {
        String body = person("王".repeat(length));
        long fastest = Long.MAX_VALUE;
        // the best of three, so a busy test machine's scheduling does not count as the server's time
        for (int attempt = 0; attempt < 3; attempt++) {
            Answer refused = api.send("POST", "/api/v1/customers", body, "advisor");
            assertRefused(refused, "name");
            fastest = Math.min(fastest, refused.millis());
        }
        assertThat(fastest).isLessThan(100);
    }

    @Test
    void aNameOverTwoHundredCharactersIsRefusedByName() {
        assertRefused(api.send("POST", "/api/v1/customers", person("Zhang".repeat(41)), "advisor"), "name");
    }

    @Test
    void aLatinNameEndingInAnOverlongWordAsksForTheSurname() {
        Answer refused = api.send("POST", "/api/v1/customers", person("John " + "x".repeat(41)), "advisor");
        assertRefused(refused, "surname");
    }

    @Test
    void aNulCharacterIsRefusedWhereverTextGoes() {
        assertRefused(api.send("POST", "/api/v1/customers", person("王" + NUL + "明"), "advisor"), "name");
        assertRefused(
                api.send(
                        "PUT",
                        "/api/v1/customers/" + car.customerId(),
                        "{\"kind\":\"PERSON\",\"name\":\"韩梅梅\",\"mobiles\":[\"13912345678\"],\"notes\":\"a" + NUL
                                + "\"}",
                        "advisor"),
                "notes");
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/customers/" + car.customerId() + "/contacts",
                        "{\"name\":\"x" + NUL + "\",\"mobile\":\"13912345678\"}",
                        "advisor"),
                "name");
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/customers/" + car.customerId() + "/consents",
                        "{\"channel\":\"SMS\",\"granted\":true,\"method\":\"VERBAL\",\"note\":\"" + NUL + "\"}",
                        "advisor"),
                "note");
        assertRefused(
                api.send("PUT", "/api/v1/appointments/1/preparation", "{\"partsNote\":\"" + NUL + "\"}", "advisor"),
                "partsNote");
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/receptions",
                        "{\"vehicleId\":" + car.vehicleId() + ",\"customerWords\":\"" + NUL
                                + "\",\"kilometres\":1000,\"fuelEighths\":4}",
                        "advisor"),
                "customerWords");
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/staff",
                        "{\"username\":\"nul.user\",\"displayName\":\"" + NUL
                                + "\",\"password\":\"a-long-passphrase\",\"roles\":[\"CASHIER\"]}",
                        "admin"),
                "displayName");
    }

    @Test
    void aLoneSurrogateInThePasswordIsRefusedByName() {
        Answer refused =
                api.send("POST", "/api/v1/auth/token", "{\"username\":\"advisor\",\"password\":\"\\ud800x\"}", null);
        assertRefused(refused, "password");
    }

    @Test
    void datesOutsideTheYearsOfADealershipAreRefusedByName() {
        String farFuture = "+999999999-12-31";
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/customers",
                        "{\"kind\":\"PERSON\",\"name\":\"王\",\"mobiles\":[\"13912345678\"],\"birthday\":\"" + farFuture
                                + "\"}",
                        "advisor"),
                "birthday");
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/appointments/1/reschedule",
                        "{\"day\":\"" + farFuture + "\",\"time\":\"09:00\"}",
                        "advisor"),
                "day");
        assertRefused(
                api.send("GET", "/api/v1/appointments/availability?day=" + farFuture, (String) null, "advisor"), "day");
    }

    @Test
    void aBirthdayInTheFutureIsRefused() {
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/customers",
                        "{\"kind\":\"PERSON\",\"name\":\"王\",\"mobiles\":[\"13912345678\"],\"birthday\":\"2199-01-01\"}",
                        "advisor"),
                "birthday");
    }

    @Test
    void aNullInAListIsRefusedAtItsPosition() {
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/customers",
                        "{\"kind\":\"PERSON\",\"name\":\"王\",\"mobiles\":[\"13912345678\"],\"tags\":[null]}",
                        "advisor"),
                "tags[0]");
    }

    @Test
    void aNulInAQueryParameterIsRefusedByName() {
        assertRefused(api.send("GET", "/api/v1/customers?q=%00", (String) null, "advisor"), "q");
    }

    @Test
    void theLargestCursorIsAnEmptyPageNotAFailure() {
        String max = "9223372036854775807";
        for (String path : new String[] {
            "/api/v1/customers/" + car.customerId() + "/contacts?afterId=" + max,
            "/api/v1/imports/1/errors?afterLine=" + max,
            "/api/v1/customers/" + max,
            "/api/v1/vehicles/" + max,
            "/api/v1/appointments/" + max
        }) {
            Answer answer = api.send("GET", path, (String) null, "manager");
            assertThat(answer.status()).as(path + " " + answer.body()).isIn(200, 404);
        }
        Answer tooLarge = api.send("GET", "/api/v1/customers/9223372036854775808", (String) null, "advisor");
        assertRefused(tooLarge, "id");
    }

    @Test
    void wrongTypesUnknownValuesAndBadDatesNameTheirField() {
        String base = "{\"kind\":\"PERSON\",\"name\":\"王\",\"mobiles\":[\"13912345678\"]";
        assertRefused(api.send("POST", "/api/v1/customers", base + ",\"gender\":\"ROBOT\"}", "advisor"), "gender");
        assertRefused(
                api.send("POST", "/api/v1/customers", base + ",\"birthday\":\"1990-02-30\"}", "advisor"), "birthday");
        assertRefused(api.send("POST", "/api/v1/customers", base + ",\"birthday\":631152000}", "advisor"), "birthday");
        assertRefused(api.send("POST", "/api/v1/customers", base + ",\"tags\":\"vip\"}", "advisor"), "tags");
        assertRefused(api.send("POST", "/api/v1/customers", base + ",\"notes\":42}", "advisor"), "notes");
        assertRefused(api.send("POST", "/api/v1/customers", base + ",\"kind\":3}", "advisor"), "kind");
    }

    @Test
    void anUnknownPropertyIsRefusedWithItsNameAndTheKnownOnes() {
        Answer refused = api.send(
                "POST",
                "/api/v1/customers",
                "{\"kind\":\"PERSON\",\"name\":\"王\",\"mobile\":\"13912345678\"}",
                "advisor");
        assertRefused(refused, "mobile");
        assertThat(refused.body()).contains("mobiles");
    }

    @Test
    void numbersAreNeverGuessed() {
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/appointments",
                        "{\"customerId\":45.9,\"vehicleId\":1,\"day\":\"2026-12-10\",\"time\":\"09:00\",\"services\":[\"MAINTENANCE\"]}",
                        "advisor"),
                "customerId");
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/receptions",
                        "{\"vehicleId\":" + car.vehicleId()
                                + ",\"customerWords\":\"异响\",\"kilometres\":1000,\"fuelEighths\":1.5}",
                        "advisor"),
                "fuelEighths");
        assertRefused(
                api.send(
                        "POST",
                        "/api/v1/receptions",
                        "{\"vehicleId\":\"" + car.vehicleId()
                                + "\",\"customerWords\":\"异响\",\"kilometres\":1000,\"fuelEighths\":1}",
                        "advisor"),
                "vehicleId");
    }

    @Test
    void aNumberIsNoYesOrNo() {
        assertRefused(
                receiveWith("\"kilometres\":1000,\"seatCover\":true,\"floorMat\":true,\"steeringWheelCover\":0"),
                "steeringWheelCover");
        assertRefused(
                receiveWith("\"kilometres\":1000,\"seatCover\":1.0,\"floorMat\":true,\"steeringWheelCover\":true"),
                "seatCover");
        assertRefused(
                receiveWith("\"kilometres\":true,\"seatCover\":true,\"floorMat\":true,\"steeringWheelCover\":true"),
                "kilometres");
    }

    /** A reception of the test's car with the customer's words, one eighth of fuel and these fields. */
    private Answer receiveWith(String fields) {
        return api.send(
                "POST",
                "/api/v1/receptions",
                "{\"vehicleId\":" + car.vehicleId() + ",\"customerWords\":\"异响\",\"fuelEighths\":1," + fields + "}",
                "advisor");
    }

    @Test
    void aBodyOverAMegabyteIsRefusedWith413() {
        byte[] huge = ("{\"notes\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Answer refused = api.send("POST", "/api/v1/customers", huge, "advisor", "en");
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void aBodySentWithoutALengthIsCutOffAtAMegabyteToo() {
        byte[] huge = ("{\"notes\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/customers"))
                .header("Authorization", "Bearer " + api.token("advisor"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        Answer refused = api.exchange(chunked);
        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void addressesTomcatOrTheFirewallRefuseAreProblemsInTheApi() {
        for (String path : new String[] {
            "/api/v1/customers/1;x=1", "/api/v1/customers/%5C..%5C1", "/api/v1/customers/" + "9".repeat(9000)
        }) {
            Answer answer = api.send("GET", path, (String) null, "advisor");
            assertThat(answer.status()).as(path).isBetween(400, 499);
            assertThat(answer.isProblem())
                    .as(path + " " + answer.contentType() + " " + answer.body())
                    .isTrue();
        }
    }

    @Test
    void addressesTomcatOrTheFirewallRefuseAreTheTranslatedErrorPageInTheUi() {
        for (String path : new String[] {"/customers/1;x=1", "/customers/%5C..%5C1"}) {
            Answer answer = api.send("GET", path, (byte[]) null, null, "zh-CN");
            assertThat(answer.status()).as(path).isBetween(400, 499);
            assertThat(answer.contentType()).as(path).startsWith("text/html");
            assertThat(answer.body()).as(path).contains("error-message");
        }
    }

    @Test
    void aNulInAFormFieldIsTheErrorPageNamingTheField() {
        Answer answer = api.send("GET", "/book?plate=%00", (byte[]) null, null, "zh-CN");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("error-reason").contains("plate").contains("无法保存的字符");
    }

    @Test
    void aPageTheRoleMayNotSeeIsTheTranslatedErrorPageInsideTheMenu() {
        String session = signIn("technician");
        Answer forbidden = page("/staff", session);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("id=\"navigation\"").contains("您的岗位无权访问此页面");

        Answer missing = page("/customers/999999999", session);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"navigation\"").contains("您要找的页面或记录不存在");
    }

    /** Signs in through the form as a browser would, returning the session cookie. */
    private String signIn(String username) {
        HttpRequest loginPage =
                HttpRequest.newBuilder(URI.create(api.base() + "/login")).GET().build();
        var form = rawExchange(loginPage);
        String cookie = sessionCookie(form).orElseThrow();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String fields =
                "username=" + username + "&password=" + shinrai.DemoAccounts.PASSWORD + "&_csrf=" + csrf.group(1);
        HttpRequest post = HttpRequest.newBuilder(URI.create(api.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build();
        var signedIn = rawExchange(post);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return sessionCookie(signedIn).orElse(cookie);
    }

    private Answer page(String path, String cookie) {
        return api.exchange(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Cookie", cookie)
                .GET()
                .build());
    }

    private static java.util.Optional<String> sessionCookie(java.net.http.HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("SHINRAI_SESSION="))
                .map(value -> value.substring(0, value.indexOf(';')))
                .findFirst();
    }

    private static java.net.http.HttpResponse<String> rawExchange(HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
