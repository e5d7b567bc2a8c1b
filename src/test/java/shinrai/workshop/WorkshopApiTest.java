package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.vehicle.VehicleRegister;
import tools.jackson.databind.JsonNode;

/** A tablet app or a carmaker's system drives the whole lane through {@code /api/v1/repair-orders}. */
@ApplicationTest
class WorkshopApiTest {

    static final String SIGNATURE =
            Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Clock clock;

    ApiClient api;
    WorkshopFixtures fixtures;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app) {
        api = new ApiClient(mvc);
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
    }

    @Test
    void theAdvisorForemanTechnicianInspectorAndCashierTakeACarFromDiagnosisToSettlement() {
        long id = fixtures.opened().id().value();
        String order = "/api/v1/repair-orders/" + id;
        JsonNode o = step("advisor", order + "/diagnosis", 0, "\"diagnosis\":\"到 4 万公里保养\"");
        o = step(
                "advisor",
                order + "/lines",
                o,
                "\"kind\":\"LABOUR\",\"operationCode\":\"m-oil\",\"payer\":\"CUSTOMER\"");
        o = step(
                "advisor",
                order + "/lines",
                o,
                "\"kind\":\"PART\",\"partNumber\":\"90915-YZZD1\",\"quantity\":1,\"payer\":\"CUSTOMER\"");
        o = step(
                "advisor",
                order + "/lines",
                o,
                "\"kind\":\"PART\",\"partNumber\":\"08880-83264\",\"quantity\":1,\"payer\":\"CUSTOMER\"");
        o = step(
                "advisor",
                order + "/lines",
                o,
                "\"kind\":\"OTHER\",\"description\":\"废机油处理费\",\"price\":20,\"payer\":\"CUSTOMER\"");
        assertThat(o.get("estimateTotal").decimalValue()).isEqualByComparingTo("660.00");
        o = step("advisor", order + "/estimate", o, "\"promisedAt\":\"" + inHours(4) + "\"");
        o = step(
                "advisor",
                order + "/approvals",
                o,
                "\"method\":\"SIGNATURE\",\"approvedByName\":\"王修车\",\"signaturePng\":\"" + SIGNATURE + "\"");
        assertThat(o.get("status").asString()).isEqualTo("APPROVED");
        o = step(
                "foreman",
                order + "/jobs/1/dispatch",
                o,
                "\"technicianId\":" + fixtures.staffId("technician").value());
        o = step("technician", order + "/jobs/1/clock-on", o, "");
        o = step("technician", order + "/jobs/1/clock-off", o, "");
        o = step("technician", order + "/checks", o, "\"level\":\"SELF\",\"passed\":true," + allOk(order, "SELF"));
        o = step(
                "foreman",
                order + "/checks",
                o,
                "\"level\":\"TEAM_LEADER\",\"passed\":true," + allOk(order, "TEAM_LEADER"));
        o = step(
                "inspector",
                order + "/checks",
                o,
                "\"level\":\"FINAL\",\"passed\":true,\"notes\":\"试车正常\"," + allOk(order, "FINAL"));
        o = step("advisor", order + "/clean-up", o, "\"washed\":true,\"interiorCleaned\":true");
        o = step(
                "advisor",
                order + "/delivery",
                o,
                "\"billExplained\":true,\"oldPartsOffered\":true,\"advisorRating\":5,\"technicianRating\":5");
        assertThat(o.get("balanceDue").decimalValue()).isEqualByComparingTo("660.00");
        o = step("cashier", order + "/payments", o, "\"method\":\"ALIPAY\",\"amount\":660.00");

        assertThat(o.get("status").asString()).isEqualTo("SETTLED");
        assertThat(o.get("paid").decimalValue()).isEqualByComparingTo("660.00");
        assertThat(o.get("lines").get(1).get("code").asString()).isEqualTo("90915-YZZD2");
        assertThat(o.get("lines").get(0).get("technicianId").asLong())
                .isEqualTo(fixtures.staffId("technician").value());
    }

    @Test
    void clockingOnAnUnapprovedSupplementIsRefusedWithTheReasonInTheUsersLanguage() {
        RepairOrder approved = fixtures.approved();
        String order = "/api/v1/repair-orders/" + approved.id().value();
        JsonNode o = step(
                "advisor",
                order + "/lines",
                approved.version(),
                "\"kind\":\"LABOUR\",\"operationCode\":\"B-PADF\",\"payer\":\"CUSTOMER\",\"reason\":\"前刹车片剩 2 mm\"");
        assertThat(o.get("lines").get(3).get("supplement").asBoolean()).isTrue();

        String body = versioned(o.get("version").asInt(), "");
        assertRefused(api.post("technician", order + "/jobs/4/clock-on", body), "第 4 项尚未经客户确认，不能开工。");
        assertRefused(
                api.inEnglish().post("technician", order + "/jobs/4/clock-on", body),
                "Line 4 has not been approved by the customer; nobody can clock on it.");
    }

    @Test
    void deliveringBeforeTheFinalCheckIsRefused() {
        RepairOrder repaired = fixtures.repaired();
        String order = "/api/v1/repair-orders/" + repaired.id().value();
        JsonNode o =
                step("advisor", order + "/clean-up", repaired.version(), "\"washed\":true,\"interiorCleaned\":true");
        assertRefused(
                api.post(
                        "advisor",
                        order + "/delivery",
                        versioned(o.get("version").asInt(), "\"billExplained\":true")),
                "终检尚未合格，不能交车。");
    }

    @Test
    void settlingTwiceIsRefused() {
        RepairOrder delivered = fixtures.delivered();
        String order = "/api/v1/repair-orders/" + delivered.id().value();
        JsonNode o = step("cashier", order + "/payments", delivered.version(), "\"method\":\"CARD\",\"amount\":640");
        assertRefused(
                api.inEnglish()
                        .post(
                                "cashier",
                                order + "/payments",
                                versioned(o.get("version").asInt(), "\"method\":\"CARD\",\"amount\":1")),
                "The order has been settled already; it cannot be settled twice.");
        assertRefused(
                api.post(
                        "cashier",
                        order + "/settlement",
                        versioned(o.get("version").asInt(), "")),
                "该委托书已结算，不能重复结算。");
    }

    @Test
    void aStaleEditIsRefusedWithWhoChangedTheOrderAndWhen() {
        RepairOrder approved = fixtures.approved();
        String order = "/api/v1/repair-orders/" + approved.id().value();
        step(
                "foreman",
                order + "/jobs/1/dispatch",
                approved.version(),
                "\"technicianId\":" + fixtures.staffId("technician").value());
        MvcTestResult stale =
                api.post("advisor", order + "/diagnosis", versioned(approved.version(), "\"diagnosis\":\"另有异响\""));
        assertThat(stale).hasStatus(409);
        assertThat(ApiClient.body(stale).get("detail").asString()).matches("该委托书已被 .+ 于 \\d{2}:\\d{2} 修改，请刷新后再操作。");
    }

    @Test
    void eachStepIsForTheJobWhoseItIs() {
        RepairOrder estimated = fixtures.estimated();
        String order = "/api/v1/repair-orders/" + estimated.id().value();
        assertThat(api.post(
                        "technician",
                        order + "/approvals",
                        versioned(
                                estimated.version(),
                                "\"method\":\"PHONE_CALL\",\"approvedByName\":\"王\",\"phone\":\"1\"")))
                .hasStatus(403);
        assertThat(api.post(
                        "cashier",
                        order + "/checks",
                        versioned(estimated.version(), "\"level\":\"FINAL\",\"passed\":true")))
                .hasStatus(403);
    }

    @Test
    void aDiscountAboveTheAdvisorsLimitWaitsForTheServiceManagerAndKeepsTheCarFromLeaving() {
        RepairOrder checked = fixtures.passedFinalCheck();
        String order = "/api/v1/repair-orders/" + checked.id().value();
        // all the labour, 190.00, is 29.7% of the customer's 640.00: above the advisor's 10%
        JsonNode o = step(
                "advisor",
                order + "/discounts",
                checked.version(),
                "\"scope\":\"LABOUR\",\"percent\":100,\"reason\":\"返修致歉\"");
        assertThat(o.get("discounts").get(0).get("state").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(o.get("customerShare").decimalValue()).isEqualByComparingTo("640.00");
        o = step("advisor", order + "/clean-up", o, "\"washed\":true,\"interiorCleaned\":true");
        String deliver = versioned(o.get("version").asInt(), "\"billExplained\":true");
        assertRefused(api.post("advisor", order + "/delivery", deliver), "有折扣在等待经理审批，审批后才能交车。");
        assertRefused(
                api.inEnglish().post("advisor", order + "/delivery", deliver),
                "A discount is waiting for a manager's approval; the car can be delivered once it is decided.");
        assertThat(api.post(
                        "advisor",
                        order + "/discounts/1/decision",
                        versioned(o.get("version").asInt(), "\"approve\":true")))
                .hasStatus(403);

        o = step("manager", order + "/discounts/1/decision", o, "\"approve\":true");

        assertThat(o.get("discounts").get(0).get("decidedBy").asLong())
                .isEqualTo(fixtures.staffId("manager").value());
        assertThat(o.get("customerShare").decimalValue()).isEqualByComparingTo("450.00");
        step("advisor", order + "/delivery", o, "\"billExplained\":true");
        JsonNode bill = ApiClient.ok(api.get("cashier", order + "/bill"));
        // 450.00 × 13 / 113 = 51.769…
        assertThat(bill.get("customerPays").decimalValue()).isEqualByComparingTo("450.00");
        assertThat(bill.get("vatIncluded").decimalValue()).isEqualByComparingTo("51.77");
        assertThat(bill.get("discounts").get(0).get("approvedBy").asString()).isNotBlank();
    }

    @Test
    void theOrderCarriesItsApprovalsAsEvidenceWithTheNumberAndAddressMaskedForTheWorkshop(
            @Autowired CustomerLinks links, @Autowired shinrai.dealer.PublicLinks tokens) {
        RepairOrder signed = fixtures.signed();
        String order = "/api/v1/repair-orders/" + signed.id().value();
        JsonNode o = step(
                "advisor",
                order + "/lines",
                signed.version(),
                "\"kind\":\"LABOUR\",\"operationCode\":\"B-PADF\",\"payer\":\"CUSTOMER\"");
        o = step(
                "advisor",
                order + "/lines",
                o,
                "\"kind\":\"LABOUR\",\"operationCode\":\"B-FLUID\",\"payer\":\"CUSTOMER\"");
        RepairOrder supplemented =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(signed.id()));
        RepairOrder answered = fixtures.answeredByLink(
                supplemented, links, tokens, java.util.List.of(5), "203.0.113.9", "Mozilla/5.0 (Android 15)");
        o = step(
                "advisor",
                order + "/lines",
                answered.version(),
                "\"kind\":\"LABOUR\",\"operationCode\":\"M-AIR\",\"payer\":\"CUSTOMER\"");
        o = step(
                "advisor",
                order + "/approvals",
                o,
                "\"method\":\"PHONE_CALL\",\"approvedByName\":\"王修车\",\"phone\":\"19712345678\"");

        JsonNode approvals = o.get("approvals");
        assertThat(approvals).hasSize(3);
        long advisor = fixtures.staffId("advisor").value();
        JsonNode desk = approvals.get(0);
        assertThat(desk.get("method").asString()).isEqualTo("SIGNATURE");
        assertThat(desk.get("supplement").asBoolean()).isFalse();
        assertThat(desk.get("approvedByName").asString()).isEqualTo("王修车");
        assertThat(desk.get("amount").decimalValue()).isEqualByComparingTo("640.00");
        assertThat(desk.get("recordedById").asLong()).isEqualTo(advisor);
        assertThat(desk.get("recordedAt").asString()).isNotBlank();
        assertThat(desk.get("signature").asString()).isEqualTo(order + "/approvals/1/signature");
        assertThat(desk.get("approvedLines").toString()).isEqualTo("[1,2,3]");
        JsonNode link = approvals.get(1);
        assertThat(link.get("method").asString()).isEqualTo("LINK");
        assertThat(link.get("supplement").asBoolean()).isTrue();
        assertThat(link.get("sentTo").asString()).matches("197\\*{4}\\d{4}");
        assertThat(link.get("clientIp").asString()).isEqualTo("203.0.113.9");
        assertThat(link.get("userAgent").asString()).isEqualTo("Mozilla/5.0 (Android 15)");
        assertThat(link.get("recordedById").asLong()).as("who sent the link").isEqualTo(advisor);
        assertThat(link.get("approvedLines").toString()).isEqualTo("[4]");
        assertThat(link.get("declinedLines").toString()).isEqualTo("[5]");
        assertThat(link.has("signature")).isFalse();
        JsonNode call = approvals.get(2);
        assertThat(call.get("method").asString()).isEqualTo("PHONE_CALL");
        assertThat(call.get("calledNumber").asString()).isEqualTo("19712345678");
        assertThat(call.get("approvedLines").toString()).isEqualTo("[6]");

        JsonNode seenByTheWorkshop = ApiClient.ok(api.get("technician", order)).get("approvals");
        assertThat(seenByTheWorkshop.get(2).get("calledNumber").asString()).isEqualTo("197****5678");
        assertThat(seenByTheWorkshop.get(1).get("clientIp").asString()).isEqualTo("203.0.*.*");
        assertThat(seenByTheWorkshop.toString()).doesNotContain("19712345678", "203.0.113.9");

        MvcTestResult png = api.get("technician", order + "/approvals/1/signature");
        assertThat(png).hasStatusOk().hasContentType("image/png");
        assertThat(png.getResponse().getContentAsByteArray()).isEqualTo(WorkshopFixtures.aPhoto());
        assertThat(png.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(api.get("parts", order + "/approvals/1/signature")).hasStatus(403);
        assertThat(api.get("d2.admin", order + "/approvals/1/signature")).hasStatus(404);
        MvcTestResult none = api.inEnglish().get("advisor", order + "/approvals/3/signature");
        assertThat(none).hasStatus(404);
        assertThat(ApiClient.body(none).get("detail").asString()).contains("approval signature");
        assertThat(ApiClient.body(api.get("advisor", order + "/approvals/3/signature"))
                        .get("detail")
                        .asString())
                .contains("确认签名");
    }

    @Test
    void theBillPrintsAsAPdf() {
        RepairOrder delivered = fixtures.delivered();
        MvcTestResult printed =
                api.get("cashier", "/api/v1/repair-orders/" + delivered.id().value() + "/bill.pdf");
        assertThat(printed).hasStatusOk().hasContentType("application/pdf");
        byte[] pdf = printed.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void theWorkshopTermsAreTheDealerAdminsToSetAndEachOutOfRangeIsNamed() {
        JsonNode terms = ApiClient.ok(api.get("advisor", "/api/v1/workshop-terms"));
        assertThat(terms.get("discountLimitPercent").decimalValue()).isEqualByComparingTo("10");
        String body = """
                {"comebackDays":30,"comebackKm":3000,"discountLimitPercent":150,"vatRatePercent":13,\
                "serviceIntervalMonths":6,"serviceIntervalKm":500}""";
        assertThat(api.put("manager", "/api/v1/workshop-terms", body)).hasStatus(403);
        MvcTestResult refused = api.put("admin", "/api/v1/workshop-terms", body);
        assertThat(refused).hasStatus(400);
        assertThat(ApiClient.body(refused).toString()).contains("discountLimitPercent", "serviceIntervalKm");
    }

    /** The checklist of the level for the order, read from the API, every item answered as in order. */
    private String allOk(String order, String level) {
        JsonNode checklist = ApiClient.ok(api.get("advisor", order + "/checklist?level=" + level));
        StringBuilder items = new StringBuilder("\"items\":[");
        for (JsonNode item : checklist) {
            items.append(items.length() > 9 ? "," : "")
                    .append("{\"item\":\"")
                    .append(item.get("item").asString())
                    .append("\",\"ok\":true}");
        }
        return items.append(']').toString();
    }

    private JsonNode step(String username, String uri, JsonNode order, String fields) {
        return step(username, uri, order.get("version").asInt(), fields);
    }

    private JsonNode step(String username, String uri, int version, String fields) {
        return ApiClient.ok(api.post(username, uri, versioned(version, fields)));
    }

    private static String versioned(int version, String fields) {
        return "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    private String inHours(int hours) {
        return Instant.now(clock)
                .plus(hours, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private static void assertRefused(MvcTestResult result, String detail) {
        assertThat(result).hasStatus(409);
        assertThat(ApiClient.body(result).get("detail").asString()).isEqualTo(detail);
    }
}
