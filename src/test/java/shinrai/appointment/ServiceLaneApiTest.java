package shinrai.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.vehicle.Vin;

/**
 * A tablet or an OEM system drives the service lane through the API: free slots, booking, refusal of a full slot
 * with a translated problem, reception opening the repair order; another dealer sees none of it.
 */
@ApplicationTest
class ServiceLaneApiTest {

    static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(21);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @shinrai.database.SchemaOwner
    javax.sql.DataSource owner;

    @Test
    void aFullSlotIsRefusedWithATranslatedProblemNamingTheTime() {
        long[] first = customerWithCar("19822220001", 1);
        long[] second = customerWithCar("19822220002", 2);
        long[] third = customerWithCar("19822220003", 3);
        assertThat(book(first, "08:30")).hasStatus(HttpStatus.CREATED);
        assertThat(book(second, "08:30")).hasStatus(HttpStatus.CREATED);

        MvcTestResult refused = book(third, "08:30");

        assertThat(refused).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("time");
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("08:30", "已约满", "服务顾问都已排满");
        MvcTestResult english = mvc.post()
                .uri("/api/v1/appointments")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "advisor"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(bookingJson(third, "08:30"))
                .exchange();
        assertThat(english).bodyJson().extractingPath("$.detail").asString().contains("slot is full");
        assertThat(get("/api/v1/appointments/availability?day=" + DAY + "&services=DIAGNOSIS", "advisor"))
                .bodyJson()
                .extractingPath("$.slots[?(@.time =~ /08:30.*/)].free")
                .asArray()
                .containsExactly(0);
    }

    @Test
    void theAvailabilitySaysInTheCallersLanguageWhyASlotIsFull() {
        long[] first = customerWithCar("19822220061", 61);
        long[] second = customerWithCar("19822220062", 62);
        assertThat(book(first, "17:00")).hasStatus(HttpStatus.CREATED);
        assertThat(book(second, "17:00")).hasStatus(HttpStatus.CREATED);

        assertThat(get("/api/v1/appointments/availability?day=" + DAY + "&services=DIAGNOSIS", "advisor"))
                .bodyJson()
                .extractingPath("$.slots[?(@.time =~ /17:00.*/)].fullReason")
                .asArray()
                .containsExactly("服务顾问都已排满");
        MvcTestResult english = mvc.get()
                .uri("/api/v1/appointments/availability?day=" + DAY + "&services=DIAGNOSIS")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "advisor"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange();
        assertThat(english)
                .bodyJson()
                .extractingPath("$.slots[?(@.time =~ /17:00.*/)].fullReason")
                .asArray()
                .containsExactly("every service advisor is fully booked");
    }

    @Test
    void aBookingAtSevenSaysItIsNotOneOfTheStoresSlotsAndEmptyServicesSaySo() {
        long[] car = customerWithCar("19822220071", 71);

        MvcTestResult seven = book(car, "07:00");
        assertThat(seven).hasStatus(HttpStatus.CONFLICT);
        assertThat(seven).bodyJson().extractingPath("$.errors[0].field").isEqualTo("time");
        assertThat(seven)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("不能预约", "这不是本店的预约时段")
                .doesNotContain("约满");

        MvcTestResult noServices = post("/api/v1/appointments", "advisor", """
                {"customerId":%d,"vehicleId":%d,"day":"%s","time":"09:00","services":[]}""".formatted(car[0], car[1], DAY));
        assertThat(noServices).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(noServices)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("services");
        assertThat(noServices).bodyJson().extractingPath("$.errors[0].message").isEqualTo("请至少选择一项服务");
    }

    @Test
    void theSameCarIsBookedTwiceOnADayOnlyWhenTheCallerConfirmsIt() {
        long[] car = customerWithCar("19822220081", 81);
        assertThat(book(car, "14:30")).hasStatus(HttpStatus.CREATED);

        MvcTestResult again = book(car, "15:30");
        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(again).bodyJson().extractingPath("$.errors[0].field").isEqualTo("vehicleId");
        assertThat(again).bodyJson().extractingPath("$.detail").asString().contains("已有预约", "14:30");

        assertThat(post("/api/v1/appointments?confirmAnotherVisit=true", "advisor", bookingJson(car, "15:30")))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void anotherDealersAdvisorIsRefusedNamingTheField() {
        long[] car = customerWithCar("19822220091", 91);
        long theirAdvisor = idOfUser("d2.advisor");

        MvcTestResult refused =
                post("/api/v1/appointments", "advisor", """
                {"customerId":%d,"vehicleId":%d,"day":"%s","time":"09:00","services":["DIAGNOSIS"],"advisorId":%d}""".formatted(car[0], car[1], DAY, theirAdvisor));

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("advisorId");
    }

    private long idOfUser(String username) {
        return org.springframework.jdbc.core.simple.JdbcClient.create(owner)
                .sql("SELECT id FROM dealer.user_account WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
    }

    @Test
    void aBookedCarIsReceivedAndItsRepairOrderOpened() {
        long[] car = customerWithCar("19822220011", 11);
        MvcTestResult booked = book(car, "10:00");
        assertThat(booked).hasStatus(HttpStatus.CREATED);
        long appointment = idOf(booked);

        MvcTestResult briefing =
                get("/api/v1/receptions/briefing?vehicleId=" + car[1] + "&appointmentId=" + appointment, "advisor");
        assertThat(briefing).hasStatusOk();
        assertThat(briefing).bodyJson().extractingPath("$.surname").isEqualTo("赵");
        assertThat(briefing).bodyJson().extractingPath("$.bookingDescription").isEqualTo("刹车有异响");

        MvcTestResult received = post("/api/v1/receptions", "advisor", """
                {"appointmentId":%d,"vehicleId":%d,"customerWords":"踩刹车时右前轮“吱吱”响","kilometres":42000,
                 "fuelEighths":5,"valuables":"","damage":[{"x":30,"y":20,"kind":"SCRATCH","note":"右前叶子板"}],
                 "seatCover":true,"floorMat":true,"steeringWheelCover":true}""".formatted(appointment, car[1]));
        assertThat(received).hasStatus(HttpStatus.CREATED);
        assertThat(received).bodyJson().extractingPath("$.customerWords").isEqualTo("踩刹车时右前轮“吱吱”响");
        assertThat(received)
                .bodyJson()
                .extractingPath("$.repairOrderNumber")
                .asString()
                .matches("RO\\d{8}-\\d{4}");
        assertThat(get("/api/v1/appointments/" + appointment, "advisor"))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("RECEIVED");

        long reception = idOf(received);
        assertThat(get("/api/v1/appointments/" + appointment, "d2.advisor")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/receptions/" + reception, "d2.advisor")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/appointments?day=" + DAY, "d2.advisor"))
                .bodyJson()
                .extractingPath("$[*].id")
                .asArray()
                .doesNotContain((int) appointment);
        assertThat(get("/api/v1/appointments/" + appointment, "d2.admin"))
                .as("a dealer admin does not book")
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCarelessReceptionIsRefusedWithEveryFieldNamed() {
        long[] car = customerWithCar("19822220021", 21);
        MvcTestResult refused = post("/api/v1/receptions", "advisor", """
                {"vehicleId":%d,"customerWords":" ","kilometres":-1,"fuelEighths":12,"seatCover":true}""".formatted(car[1]));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("customerWords", "kilometres", "fuelEighths", "covers");
    }

    @Test
    void aBookingIsMovedToAnotherSlotThroughTheApi() {
        long[] car = customerWithCar("19822220041", 41);
        long appointment = idOf(book(car, "13:00"));

        MvcTestResult moved =
                post("/api/v1/appointments/" + appointment + "/reschedule", "advisor", """
                {"day":"%s","time":"13:30"}""".formatted(DAY.plusDays(1)));

        assertThat(moved).hasStatusOk();
        assertThat(moved)
                .bodyJson()
                .extractingPath("$.day")
                .isEqualTo(DAY.plusDays(1).toString());
    }

    @Test
    void odometerReadingsComeAPageAtATime() throws Exception {
        long[] car = customerWithCar("19822220051", 51);
        for (int km : new int[] {1000, 2000, 3000}) {
            assertThat(post("/api/v1/vehicles/" + car[1] + "/odometer-readings", "advisor", """
                            {"kilometres":%d}""".formatted(km)))
                    .hasStatus(HttpStatus.CREATED);
        }
        MvcTestResult newest = get("/api/v1/vehicles/" + car[1] + "/odometer-readings?limit=2", "advisor");
        assertThat(newest)
                .bodyJson()
                .extractingPath("$[*].kilometres")
                .asArray()
                .containsExactly(3000, 2000);
        String before = com.jayway.jsonpath.JsonPath.read(newest.getResponse().getContentAsString(), "$[1].readAt");

        assertThat(get("/api/v1/vehicles/" + car[1] + "/odometer-readings?limit=2&before=" + before, "advisor"))
                .bodyJson()
                .extractingPath("$[*].kilometres")
                .asArray()
                .containsExactly(1000);
    }

    @Test
    void aTechnicianCannotBookOrReceive() {
        long[] car = customerWithCar("19822220031", 31);
        assertThat(mvc.post()
                        .uri("/api/v1/appointments")
                        .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "technician"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson(car, "11:00"))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult book(long[] car, String time) {
        return post("/api/v1/appointments", "advisor", bookingJson(car, time));
    }

    private static String bookingJson(long[] car, String time) {
        return """
                {"customerId":%d,"vehicleId":%d,"day":"%s","time":"%s","services":["DIAGNOSIS"],
                 "description":"刹车有异响","transport":"WAIT","channel":"PHONE"}""".formatted(car[0], car[1], DAY, time);
    }

    /** A customer registered through the API with one car: {customerId, vehicleId}. */
    private long[] customerWithCar(String mobile, int n) {
        MvcTestResult customer = post("/api/v1/customers?confirmNotADuplicate=true", "advisor", """
                {"kind":"PERSON","name":"赵接口","gender":"MALE","mobiles":["%s"]}""".formatted(mobile));
        assertThat(customer).hasStatus(HttpStatus.CREATED);
        String vin = String.format("LFMAPA00%01dNP%06d", 0, n);
        vin = vin.substring(0, 8) + Vin.checkDigitFor(vin) + vin.substring(9);
        MvcTestResult vehicle = post("/api/v1/vehicles", "advisor", """
                {"ownerId":%d,"vin":"%s","plate":"沪E%05d"}""".formatted(idOf(customer), vin, n));
        assertThat(vehicle).hasStatus(HttpStatus.CREATED);
        return new long[] {idOf(customer), idOf(vehicle)};
    }

    private static long idOf(MvcTestResult result) {
        return Long.parseLong(
                result.getResponse().getHeader(HttpHeaders.LOCATION).replaceAll(".*/", ""));
    }

    private MvcTestResult post(String uri, String user, String json) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult get(String uri, String user) {
        return mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, user))
                .exchange();
    }
}
