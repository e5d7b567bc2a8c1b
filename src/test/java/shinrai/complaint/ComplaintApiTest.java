package shinrai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
import shinrai.workshop.RepairOrder;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;
import tools.jackson.databind.JsonNode;

/** Complaints through {@code /api/v1/complaints}, as a call centre would work them at D001. */
@ApplicationTest
class ComplaintApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workshop workshop;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    DataSource app;

    @Autowired
    Clock clock;

    WorkshopFixtures fixtures;
    ApiClient api;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        api = new ApiClient(mvc);
    }

    @Test
    void aComplaintIsWorkedThroughTheApiAndClosingWithoutTheCustomersConfirmationIsRefusedInTheirLanguage() {
        RepairOrder order = fixtures.delivered();
        JsonNode opened = ApiClient.ok(api.post("relations", "/api/v1/complaints", """
                {"source":"PHONE","category":"PRICE_OR_BILL","severity":"HIGH","customerWords":"账单比报价多了三百",
                 "customer":%d,"repairOrder":%d,"owner":null}""".formatted(
                        order.customer().value(), order.id().value())));
        long id = opened.get("id").asLong();
        assertThat(opened.get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.get("repairOrderNumber").asString()).isEqualTo(order.number());
        assertThat(opened.get("vehicleId").asLong()).isEqualTo(order.vehicle().value());
        String uri = "/api/v1/complaints/" + id;

        JsonNode owned = ApiClient.ok(api.post(
                "manager",
                uri + "/owner",
                "{\"version\":%d,\"owner\":%d}"
                        .formatted(
                                opened.get("version").asInt(),
                                fixtures.staffId("relations").value())));
        assertThat(owned.get("ownerName").asString()).isEqualTo("黄敏");
        JsonNode answered = ApiClient.ok(api.post(
                "relations",
                uri + "/response",
                "{\"version\":%d,\"channel\":\"PHONE\",\"said\":\"已致歉，核对账单中\"}"
                        .formatted(owned.get("version").asInt())));
        JsonNode resolved = ApiClient.ok(api.post(
                "relations",
                uri + "/resolution",
                "{\"version\":%d,\"rootCause\":\"补充项目未经客户确认\",\"correctiveAction\":\"退还差价，增项先签字\"}"
                        .formatted(answered.get("version").asInt())));
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");

        String close = "{\"version\":%d}".formatted(resolved.get("version").asInt());
        MvcTestResult refused = api.post("relations", uri + "/closing", close);
        assertThat(refused).hasStatus(409);
        assertThat(ApiClient.body(refused).get("detail").asString()).isEqualTo("客户尚未确认，不能关闭投诉。");
        assertThat(ApiClient.body(api.inEnglish().post("relations", uri + "/closing", close))
                        .get("detail")
                        .asString())
                .isEqualTo("The customer has not confirmed: the complaint cannot be closed.");

        JsonNode confirmed = ApiClient.ok(api.post(
                "relations",
                uri + "/confirmation",
                "{\"version\":%d,\"method\":\"WECHAT\",\"note\":\"客户微信回复满意\"}"
                        .formatted(resolved.get("version").asInt())));
        JsonNode closed = ApiClient.ok(api.post(
                "relations",
                uri + "/closing",
                "{\"version\":%d}".formatted(confirmed.get("version").asInt())));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("confirmation").get("method").asString()).isEqualTo("WECHAT");
        assertThat(closed.get("history").findValuesAsString("kind")).contains("CONFIRMED", "CLOSED");

        MvcTestResult stale = api.post(
                "relations",
                uri + "/reopening",
                "{\"version\":%d,\"reason\":\"又多收了\"}"
                        .formatted(resolved.get("version").asInt()));
        assertThat(stale).hasStatus(409);
        assertThat(ApiClient.body(stale).get("detail").asString()).matches("该投诉已被 黄敏 于 .+ 修改，请刷新后重试。");

        assertThat(ApiClient.ok(api.get(
                                "manager",
                                "/api/v1/complaints?view=ALL&customer="
                                        + order.customer().value()))
                        .findValuesAsString("customerWords"))
                .contains("账单比报价多了三百");
    }

    @Test
    void goodwillAboveTheLimitWithoutAManagerWaitsAndAnAdvisorCannotApproveIt() {
        RepairOrder order = fixtures.delivered();
        JsonNode opened = ApiClient.ok(api.post("advisor", "/api/v1/complaints", """
                {"source":"WALK_IN","category":"VEHICLE_DAMAGE","severity":"CRITICAL","customerWords":"后保险杠刮花了",
                 "customer":%d,"repairOrder":%d}""".formatted(
                        order.customer().value(), order.id().value())));
        String uri = "/api/v1/complaints/" + opened.get("id").asLong();
        JsonNode given = ApiClient.ok(api.post(
                "advisor",
                uri + "/goodwill",
                "{\"version\":%d,\"kind\":\"FREE_SERVICE\",\"amount\":800.00,\"description\":\"免费喷漆\"}"
                        .formatted(opened.get("version").asInt())));
        assertThat(given.get("goodwill").get(0).get("state").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(given.get("goodwillGiven").decimalValue()).isZero();

        MvcTestResult advisor = api.post(
                "advisor",
                uri + "/goodwill/1/decision",
                "{\"version\":%d,\"approve\":true}"
                        .formatted(given.get("version").asInt()));
        assertThat(advisor).hasStatus(403);
        JsonNode approved = ApiClient.ok(api.post(
                "manager",
                uri + "/goodwill/1/decision",
                "{\"version\":%d,\"approve\":true}"
                        .formatted(given.get("version").asInt())));
        assertThat(approved.get("goodwill").get(0).get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("goodwill").get(0).get("decidedBy").asLong())
                .isEqualTo(fixtures.staffId("manager").value());
    }

    @Test
    void badInputIsRefusedWithProblemDetailsNamingTheField() {
        RepairOrder order = fixtures.delivered();
        String open = """
                {"source":"PHONE","category":"OTHER","severity":"LOW","customerWords":%s,"customer":%d%s}""";
        MvcTestResult unknown = api.post(
                "relations",
                "/api/v1/complaints",
                open.formatted("\"吵\"", order.customer().value(), ",\"mood\":\"angry\""));
        MvcTestResult blank = api.post(
                "relations",
                "/api/v1/complaints",
                open.formatted("\"  \"", order.customer().value(), ""));
        MvcTestResult tooLong = api.post(
                "relations",
                "/api/v1/complaints",
                open.formatted("\"" + "吵".repeat(2001) + "\"", order.customer().value(), ""));
        MvcTestResult badSeverity = api.post(
                "relations",
                "/api/v1/complaints",
                open.formatted("\"吵\"", order.customer().value(), "").replace("LOW", "MILD"));
        MvcTestResult terms = api.put("manager", "/api/v1/complaint-terms", """
                {"criticalResponseHours":30,"criticalResolutionHours":24,"highResponseHours":4,
                 "highResolutionHours":72,"mediumResponseHours":24,"mediumResolutionHours":168,"lowResponseHours":48,
                 "lowResolutionHours":336,"goodwillLimit":500,"satisfactionAtMost":2,"choices":[],
                 "ratingAtMost":2}""");

        assertThat(unknown).hasStatus(400);
        assertThat(field(unknown)).isEqualTo("mood");
        assertThat(blank).hasStatus(400);
        assertThat(field(blank)).isEqualTo("customerWords");
        assertThat(tooLong).hasStatus(400);
        assertThat(field(tooLong)).isEqualTo("customerWords");
        assertThat(badSeverity).hasStatus(400);
        assertThat(field(badSeverity)).isEqualTo("severity");
        assertThat(terms).hasStatus(400);
        assertThat(field(terms)).isEqualTo("criticalResolutionHours");
        assertThat(api.get("relations", "/api/v1/complaints/0")).hasStatus(404);
        assertThat(api.get("relations", "/api/v1/complaints?view=SOME")).hasStatus(400);
        assertThat(api.get("technician", "/api/v1/complaints")).hasStatus(403);
        assertThat(api.get("d2.advisor", "/api/v1/complaint-terms")
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theNetworksHotlineRaisesAComplaintToTheDealerOnOneOfItsRepairOrdersAndNowhereElse() {
        RepairOrder order = fixtures.delivered();
        String body = """
                {"dealer":%d,"repairOrder":%d,"category":"REPAIR_QUALITY","severity":"HIGH",
                 "customerWords":"修完第二天又漏油，经销商不理我"}""";

        JsonNode raised = ApiClient.ok(api.post(
                "network",
                "/api/v1/network/complaints",
                body.formatted(1, order.id().value())));
        assertThat(raised.get("dealer").asLong()).isEqualTo(1);
        assertThat(raised.get("status").asString()).isEqualTo("OPEN");
        JsonNode atTheDealer = ApiClient.ok(api.get(
                "manager", "/api/v1/complaints/" + raised.get("complaint").asLong()));
        assertThat(atTheDealer.get("source").asString()).isEqualTo("NETWORK_HOTLINE");
        assertThat(atTheDealer.get("customerId").asLong())
                .isEqualTo(order.customer().value());
        assertThat(atTheDealer.get("vehicleId").asLong())
                .isEqualTo(order.vehicle().value());
        assertThat(atTheDealer.has("ownerId"))
                .as("for the dealer's manager to assign")
                .isFalse();
        assertThat(atTheDealer.get("history").get(0).get("detail").asString())
                .as("who at the network raised it")
                .isNotBlank();

        assertThat(api.post(
                        "network",
                        "/api/v1/network/complaints",
                        body.formatted(999999, order.id().value())))
                .as("a dealer the network does not have")
                .hasStatus(404);
        assertThat(api.post(
                        "network",
                        "/api/v1/network/complaints",
                        body.formatted(2, order.id().value())))
                .as("D001's order is not D002's")
                .hasStatus(404);
        assertThat(api.post(
                        "manager",
                        "/api/v1/network/complaints",
                        body.formatted(1, order.id().value())))
                .as("dealer staff open complaints at their own dealer")
                .hasStatus(403);
    }

    static String field(MvcTestResult result) {
        return ApiClient.body(result).get("errors").get(0).get("field").asString();
    }
}
