package shinrai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;
import tools.jackson.databind.JsonNode;

/**
 * The network's hotline raises a complaint to D001 and follows it there: unassigned at first, then with its owner, the
 * first response, the last contact and the resolution as D001's staff work it. Only what the network raised is
 * listed, and another network sees none of it, through the API, the service and raw SQL.
 */
@ApplicationTest
class NetworkReadsBackTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ComplaintDesk desk;

    @Autowired
    NetworkComplaints network;

    @Autowired
    Workshop workshop;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    DataSource app;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Clock clock;

    WorkshopFixtures fixtures;
    ComplaintFixtures complaints;
    ApiClient api;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        complaints = new ComplaintFixtures(desk, fixtures, JdbcClient.create(owner));
        api = new ApiClient(mvc);
    }

    @Test
    void theNetworkFollowsTheDealersProgressOnWhatItRaisedAndNothingElse() {
        RepairOrder order = fixtures.delivered();
        JsonNode raised = ApiClient.ok(api.post("network", "/api/v1/network/complaints", """
                {"dealer":1,"repairOrder":%d,"category":"REPAIR_QUALITY","severity":"HIGH",
                 "customerWords":"修完第二天又漏油，打了三次电话没人回"}""".formatted(
                        order.id().value())));
        long id = raised.get("complaint").asLong();
        Complaint ownOne = complaints.opened(Severity.LOW);

        JsonNode listed = ApiClient.ok(api.get("network", "/api/v1/network/complaints"));
        List<Long> ids = new ArrayList<>();
        listed.forEach(c -> ids.add(c.get("complaint").asLong()));
        assertThat(ids).contains(id).doesNotContain(ownOne.id().value());
        JsonNode fresh = ApiClient.ok(api.get("network", "/api/v1/network/complaints/" + id));
        assertThat(fresh.get("dealerCode").asString()).isEqualTo("D001");
        assertThat(fresh.get("status").asString()).isEqualTo("OPEN");
        assertThat(fresh.get("raisedBy").asString()).isEqualTo("孙悦");
        assertThat(fresh.has("ownerName")).isFalse();
        assertThat(fresh.has("lastContactAt")).isFalse();
        assertThat(fresh.get("escalationLevel").asInt()).isZero();

        ComplaintId complaint = new ComplaintId(id);
        Complaint given = complaints.as(
                "manager", () -> desk.assign(complaint, desk.get(complaint).version(), fixtures.staffId("relations")));
        Complaint answered = complaints.as(
                "relations", () -> desk.respond(complaint, given.version(), ContactChannel.PHONE, "已致歉，约明天复查"));
        complaints.as("relations", () -> desk.resolve(complaint, answered.version(), "油底壳螺丝未按扭矩拧紧", "重新紧固并复查，技师复训"));

        JsonNode worked = ApiClient.ok(api.get("network", "/api/v1/network/complaints/" + id));
        assertThat(worked.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(worked.get("ownerName").asString()).isEqualTo("黄敏");
        assertThat(worked.get("lastContactChannel").asString()).isEqualTo("PHONE");
        assertThat(worked.get("respondedAt")).isNotNull();
        assertThat(worked.get("rootCause").asString()).isEqualTo("油底壳螺丝未按扭矩拧紧");
        assertThat(worked.get("correctiveAction").asString()).isEqualTo("重新紧固并复查，技师复训");

        assertThat(api.get(
                        "network", "/api/v1/network/complaints/" + ownOne.id().value()))
                .as("a complaint the dealer opened itself")
                .hasStatus(404);
        assertThat(api.get("manager", "/api/v1/network/complaints")).hasStatus(403);
        assertThat(api.get("d2.admin", "/api/v1/network/complaints/" + id)).hasStatus(403);

        String outsider = anotherNetworksAnalyst();
        assertThat(ApiClient.ok(api.get(outsider, "/api/v1/network/complaints")).size())
                .as("another network's list")
                .isZero();
        assertThat(api.get(outsider, "/api/v1/network/complaints/" + id)).hasStatus(404);
        DealerScope theirs = outsidersScope(outsider);
        assertThat(theirs.call(() -> network.raised(null))).isEmpty();
        assertThatThrownBy(() -> theirs.call(() -> network.get(id))).isInstanceOf(NotFound.class);
        for (String table : List.of("complaint.network_raise", "complaint.complaint", "complaint.contact")) {
            assertThat(theirs.call(() -> JdbcClient.create(app)
                            .sql("SELECT count(*) FROM " + table)
                            .query(Long.class)
                            .single()))
                    .as("rows of %s another network reads", table)
                    .isZero();
        }
    }

    /** A second network, with an analyst of its own and none of the demo network's dealers. */
    String anotherNetworksAnalyst() {
        JdbcClient sql = JdbcClient.create(owner);
        sql.sql("INSERT INTO dealer.network (code, name) VALUES ('OTHER', '另一网络') ON CONFLICT (code) DO NOTHING")
                .update();
        sql.sql("""
                        INSERT INTO dealer.user_account (network_id, username, display_name, password_hash, roles, demo)
                        SELECT id, 'other.network', '外网分析员', :hash, ARRAY['NETWORK_ANALYST'], true
                        FROM dealer.network WHERE code = 'OTHER'
                        ON CONFLICT (lower(username)) DO NOTHING""").param("hash", passwords.encode(DemoAccounts.PASSWORD)).update();
        return "other.network";
    }

    DealerScope outsidersScope(String username) {
        return JdbcClient.create(owner)
                .sql("SELECT id, network_id FROM dealer.user_account WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new DealerScope(rs.getLong(1), username, null, rs.getLong(2)))
                .single();
    }
}
