package shinrai.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;
import tools.jackson.databind.JsonNode;

/** Follow-up calls through {@code /api/v1/follow-ups}, as a call centre's softphone would work them at D001. */
@ApplicationTest
class FollowUpApiTest {

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

    @Autowired
    FollowUpCalls calls;

    @Autowired
    TransactionTemplate transactions;

    WorkshopFixtures fixtures;

    FollowUpFixtures tasks;
    ApiClient api;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        tasks = new FollowUpFixtures(calls, transactions);
        api = new ApiClient(mvc);
    }

    @Test
    void theAgentListsHerCallsReadsOneWithTheWholeNumberAndRecordsItsOutcome() {
        RepairOrder order = fixtures.delivered();
        long id = tasks.taskOf(order).id().value();

        JsonNode mine = ApiClient.ok(api.get("relations", "/api/v1/follow-ups"));
        assertThat(mine.findValuesAsString("repairOrderNumber")).contains(order.number());

        JsonNode one = ApiClient.ok(api.get("relations", "/api/v1/follow-ups/" + id));
        assertThat(one.get("phone").asString()).startsWith("+861971");
        assertThat(one.get("customerWords").asString()).isEqualTo("到保养里程了，顺便看看刹车有异响");
        assertThat(one.get("call").get("advisorRating").asInt()).isEqualTo(5);
        assertThat(one.get("call").get("status").asString()).isEqualTo("OPEN");
        assertThat(one.get("script").asString()).contains("黄敏");
        assertThat(one.get("bill").asString()).isEqualTo("/api/v1/repair-orders/" + order.id() + "/bill");
        assertThat(ApiClient.ok(api.inEnglish().get("relations", "/api/v1/follow-ups/" + id))
                        .get("script")
                        .asString())
                .startsWith("Hello 王修车");

        JsonNode recorded = ApiClient.ok(api.post(
                "relations",
                "/api/v1/follow-ups/" + id + "/outcome",
                "{\"version\":" + one.get("call").get("version").asInt()
                        + ",\"outcome\":\"NOT_REACHED\",\"note\":\"占线\"}"));
        assertThat(recorded.get("status").asString()).isEqualTo("OPEN");
        assertThat(recorded.get("unansweredCalls").asInt()).isEqualTo(1);
        assertThat(recorded.get("calls").get(0).get("note").asString()).isEqualTo("占线");

        JsonNode reached = ApiClient.ok(api.post(
                "relations",
                "/api/v1/follow-ups/" + id + "/outcome",
                "{\"version\":" + recorded.get("version").asInt() + ",\"outcome\":\"REACHED\"}"));
        assertThat(reached.get("status").asString()).isEqualTo("REACHED");

        MvcTestResult closed = api.post(
                "relations",
                "/api/v1/follow-ups/" + id + "/outcome",
                "{\"version\":" + reached.get("version").asInt() + ",\"outcome\":\"REFUSED\"}");
        assertThat(closed).hasStatus(409);
        assertThat(ApiClient.body(closed).get("detail").asString()).isEqualTo("该回访任务已结束（已回访），不能再登记回访结果。");

        MvcTestResult stale = api.post(
                "relations",
                "/api/v1/follow-ups/" + id + "/outcome",
                "{\"version\":" + recorded.get("version").asInt() + ",\"outcome\":\"REFUSED\"}");
        assertThat(stale).hasStatus(409);
        assertThat(ApiClient.body(stale).get("detail").asString()).matches("该回访任务已被 黄敏 于 .+ 修改，请刷新后再操作。");
    }

    @Test
    void badInputIsRefusedWithProblemDetailsNamingTheField() {
        long id = tasks.taskOf(fixtures.delivered()).id().value();
        String uri = "/api/v1/follow-ups/" + id + "/outcome";

        MvcTestResult unknown = api.post("relations", uri, "{\"version\":0,\"outcome\":\"REACHED\",\"mood\":\"ok\"}");
        MvcTestResult badOutcome = api.post("relations", uri, "{\"version\":0,\"outcome\":\"HAPPY\"}");
        MvcTestResult longNote = api.post(
                "relations", uri, "{\"version\":0,\"outcome\":\"REACHED\",\"note\":\"" + "长".repeat(2001) + "\"}");
        MvcTestResult noVersion = api.post("relations", uri, "{\"outcome\":\"REACHED\"}");

        assertThat(unknown).hasStatus(400);
        assertThat(field(unknown)).isEqualTo("mood");
        assertThat(badOutcome).hasStatus(400);
        assertThat(field(badOutcome)).isEqualTo("outcome");
        assertThat(longNote).hasStatus(400);
        assertThat(field(longNote)).isEqualTo("note");
        assertThat(noVersion).hasStatus(400);
        assertThat(field(noVersion)).isEqualTo("version");
        assertThat(api.get("relations", "/api/v1/follow-ups/0")).hasStatus(404);
        assertThat(api.get("relations", "/api/v1/follow-ups?mine=false&status=HAPPY"))
                .hasStatus(400);
        MvcTestResult terms = api.put(
                "manager",
                "/api/v1/follow-up-terms",
                "{\"earliestDay\":3,\"latestDay\":1,\"maxAttempts\":3,\"script\":null}");
        assertThat(terms).hasStatus(400);
        assertThat(field(terms)).isEqualTo("latestDay");
    }

    @Test
    void theManagerListsOverdueAndUnassignedCallsAndReassignsOnlyToAgents() {
        long id = tasks.taskOf(fixtures.delivered()).id().value();
        JsonNode call =
                ApiClient.ok(api.get("manager", "/api/v1/follow-ups/" + id)).get("call");

        JsonNode toNobody = ApiClient.ok(api.post(
                "manager",
                "/api/v1/follow-ups/" + id + "/assignee",
                "{\"version\":" + call.get("version").asInt() + ",\"agent\":null}"));
        assertThat(toNobody.has("assignedTo")).isFalse();
        assertThat(ApiClient.ok(api.get("manager", "/api/v1/follow-ups?mine=false&unassigned=true&status=OPEN"))
                        .findValuesAsString("repairOrderNumber"))
                .contains(call.get("repairOrderNumber").asString());

        MvcTestResult toAdvisor = api.post(
                "manager",
                "/api/v1/follow-ups/" + id + "/assignee",
                "{\"version\":" + toNobody.get("version").asInt() + ",\"agent\":"
                        + fixtures.staffId("advisor").value() + "}");
        assertThat(toAdvisor).hasStatus(400);
        assertThat(field(toAdvisor)).isEqualTo("agent");
        JsonNode back = ApiClient.ok(api.post(
                "manager",
                "/api/v1/follow-ups/" + id + "/assignee",
                "{\"version\":" + toNobody.get("version").asInt() + ",\"agent\":"
                        + fixtures.staffId("relations").value() + "}"));
        assertThat(back.get("assignedToName").asString()).isEqualTo("黄敏");
        assertThat(ApiClient.ok(api.get("manager", "/api/v1/follow-ups?mine=false&overdue=true"))
                        .isArray())
                .isTrue();
    }

    @Test
    void otherRolesMayNotSeeOrWorkCalls() {
        long id = tasks.taskOf(fixtures.delivered()).id().value();
        assertThat(api.get("advisor", "/api/v1/follow-ups")).hasStatus(403);
        assertThat(api.get("advisor", "/api/v1/follow-ups/" + id)).hasStatus(403);
        assertThat(api.post(
                        "manager", "/api/v1/follow-ups/" + id + "/outcome", "{\"version\":0,\"outcome\":\"REACHED\"}"))
                .hasStatus(403);
        assertThat(api.post("relations", "/api/v1/follow-ups/" + id + "/assignee", "{\"version\":0,\"agent\":null}"))
                .hasStatus(403);
        assertThat(api.get("d2.admin", "/api/v1/follow-ups/" + id)).hasStatus(403);
    }

    static String field(MvcTestResult result) {
        return ApiClient.body(result).get("errors").get(0).get("field").asString();
    }
}
