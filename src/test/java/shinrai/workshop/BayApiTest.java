package shinrai.workshop;

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
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;
import tools.jackson.databind.JsonNode;

/**
 * A workshop screen or a tablet app keeps the bays through {@code /api/v1/workshop/bays} and puts jobs in them with
 * the dispatch; every bad input is refused with a problem document naming the field, in the caller's language.
 */
@ApplicationTest
class BayApiTest {

    static final String BAYS = "/api/v1/workshop/bays";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Bays bays;

    ApiClient api;
    WorkshopFixtures fixtures;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app,
            @Autowired Clock clock) {
        api = new ApiClient(mvc);
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
    }

    @Test
    void theServiceManagerAddsRenamesMovesAndTakesABayOutOfService() {
        String name = unique("5号工位");
        MvcTestResult created = api.post("manager", BAYS, "{\"name\":\"" + name + "\",\"kind\":\"GENERAL_REPAIR\"}");
        assertThat(created).hasStatus(201);
        JsonNode bay = ApiClient.body(created);
        long id = bay.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(BAYS + "/" + id);
        assertThat(bay.get("active").asBoolean()).isTrue();
        assertThat(bay.get("used").asBoolean()).isFalse();

        JsonNode changed = ApiClient.ok(api.put(
                "manager",
                BAYS + "/" + id,
                "{\"name\":\"" + name + "A\",\"kind\":\"ALIGNMENT\",\"active\":false,\"position\":1}"));
        assertThat(changed.get("name").asString()).isEqualTo(name + "A");
        assertThat(changed.get("kind").asString()).isEqualTo("ALIGNMENT");
        assertThat(changed.get("active").asBoolean()).isFalse();
        assertThat(changed.get("position").asInt()).isEqualTo(1);

        JsonNode all = ApiClient.ok(api.get("technician", BAYS));
        assertThat(all.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(all.toString()).contains("快保1", "烤漆房");
        assertThat(ApiClient.ok(api.get("technician", BAYS + "/" + id))
                        .get("name")
                        .asString())
                .isEqualTo(name + "A");

        assertThat(api.delete("manager", BAYS + "/" + id)).hasStatus(204);
        assertThat(api.get("manager", BAYS + "/" + id)).hasStatus(404);
    }

    @Test
    void onlyWhoSetsUpTheWorkshopChangesTheBays() {
        String body = "{\"name\":\"" + unique("工位") + "\",\"kind\":\"BODY\"}";
        assertThat(api.post("foreman", BAYS, body)).hasStatus(403);
        assertThat(api.post("technician", BAYS, body)).hasStatus(403);
        assertThat(api.post("admin", BAYS, body)).hasStatus(201);
    }

    @Test
    void aBadBayIsRefusedNamingTheField() {
        String name = unique("快保");
        assertThat(api.post("manager", BAYS, "{\"name\":\"" + name + "\",\"kind\":\"EXPRESS_SERVICE\"}"))
                .hasStatus(201);

        assertRefused(api.post("manager", BAYS, "{\"name\":\"" + "工".repeat(41) + "\",\"kind\":\"BODY\"}"), "name");
        assertRefused(api.post("manager", BAYS, "{\"name\":\" \",\"kind\":\"BODY\"}"), "name", "请填写工位名称。");
        assertRefused(
                api.inEnglish().post("manager", BAYS, "{\"name\":\"" + name + "\",\"kind\":\"BODY\"}"),
                "name",
                "There is already a bay called " + name + ".");
        assertRefused(api.post("manager", BAYS, "{\"name\":\"钣金9\",\"kind\":\"SPACESHIP\"}"), "kind");
        assertRefused(api.post("manager", BAYS, "{\"name\":\"钣金9\"}"), "kind");
        assertRefused(api.post("manager", BAYS, "{\"name\":\"钣金9\",\"kind\":\"BODY\",\"lift\":true}"), "lift");
        assertRefused(
                api.put("manager", BAYS + "/1", "{\"name\":\"钣金9\",\"kind\":\"BODY\",\"active\":true,\"position\":0}"),
                "position");
        assertThat(api.put("manager", BAYS + "/999999999", "{\"name\":\"钣金9\",\"kind\":\"BODY\",\"active\":true}"))
                .hasStatus(404);
    }

    @Test
    void aBayAJobWasEverPutInIsNotRemovedButTakenOutOfService() {
        Bay bay = fixtures.as("manager").call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        RepairOrder approved = fixtures.approved();
        step(
                "foreman",
                "/api/v1/repair-orders/" + approved.id() + "/jobs/1/bay",
                approved.version(),
                "\"bayId\":" + bay.id());

        MvcTestResult refused = api.delete("manager", BAYS + "/" + bay.id());
        assertThat(refused).hasStatus(409);
        assertThat(ApiClient.body(refused).get("detail").asString()).isEqualTo("“" + bay.name() + "”已有作业记录，不能删除，只能停用。");
        assertThat(ApiClient.ok(api.get("manager", BAYS + "/" + bay.id()))
                        .get("used")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theDispatchPutsTheJobInAnActiveBayOfTheDealerAndRefusesAnyOther() {
        Bay bay = fixtures.as("manager").call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        Bay closed = fixtures.as("manager").call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        fixtures.as("manager").run(() -> bays.change(closed.id(), closed.name(), closed.kind(), false));
        long d002 = DealerScope.systemFor(2).call(() -> bays.all().get(0).id().value());
        RepairOrder approved = fixtures.approved();
        String dispatch = "/api/v1/repair-orders/" + approved.id() + "/jobs/1/dispatch";
        long technician = fixtures.staffId("technician").value();
        String to = "\"technicianId\":" + technician;
        int version = approved.version();

        assertRefused(
                api.post("foreman", dispatch, versioned(version, to + ",\"bayId\":999999999")),
                "bayId",
                "本店没有编号为 999999999 的工位。");
        assertRefused(
                api.post("foreman", dispatch, versioned(version, to + ",\"bayId\":" + d002)),
                "bayId",
                "本店没有编号为 " + d002 + " 的工位。");
        assertRefused(
                api.inEnglish().post("foreman", dispatch, versioned(version, to + ",\"bayId\":" + closed.id())),
                "bayId",
                closed.name() + " is out of service; no job can be put in it.");
        assertRefused(api.post("foreman", dispatch, versioned(version, to + ",\"bayId\":0")), "bayId");
        assertRefused(api.post("foreman", dispatch, versioned(version, to + ",\"bayId\":\"一号\"")), "bayId");

        JsonNode order = ApiClient.ok(api.post("foreman", dispatch, versioned(version, to + ",\"bayId\":" + bay.id())));
        assertThat(order.get("lines").get(0).get("bayId").asLong())
                .isEqualTo(bay.id().value());
        order = ApiClient.ok(
                api.post("foreman", dispatch, versioned(order.get("version").asInt(), to)));
        assertThat(order.get("lines").get(0).get("bayId").asLong())
                .as("kept")
                .isEqualTo(bay.id().value());

        fixtures.as("technician").run(() -> fixtures.workshop().clockOn(approved.id(), approvedVersion(approved), 1));
        JsonNode board = ApiClient.ok(api.get("foreman", "/api/v1/workshop/board"));
        JsonNode row = null;
        for (JsonNode each : board.get("bays")) {
            if (each.get("id").asLong() == bay.id().value()) {
                row = each;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("name").asString()).isEqualTo(bay.name());
        assertThat(row.get("conflict").asBoolean()).isFalse();
        assertThat(row.get("running").get(0).get("number").asString()).isEqualTo(approved.number());
        assertThat(row.get("running").get(0).get("bayId").asLong())
                .isEqualTo(bay.id().value());
        assertThat(row.get("worked").get(0).has("startedAt")).isTrue();
        assertThat(row.get("worked").get(0).has("endedAt")).as("still running").isFalse();
        java.util.List<Long> shown = new java.util.ArrayList<>();
        board.get("bays").forEach(each -> shown.add(each.get("id").asLong()));
        assertThat(shown)
                .as("a bay out of service with no job that day")
                .doesNotContain(closed.id().value());
    }

    private int approvedVersion(RepairOrder order) {
        return fixtures.as("foreman")
                .call(() -> fixtures.workshop().get(order.id()))
                .version();
    }

    private JsonNode step(String username, String uri, int version, String fields) {
        return ApiClient.ok(api.post(username, uri, versioned(version, fields)));
    }

    private static String versioned(int version, String fields) {
        return "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    private static void assertRefused(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400);
        assertThat(ApiClient.body(result).get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }

    private static void assertRefused(MvcTestResult result, String field, String message) {
        assertRefused(result, field);
        assertThat(ApiClient.body(result).get("errors").get(0).get("message").asString())
                .isEqualTo(message);
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000;
    }
}
