package shinrai.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;
import shinrai.shared.StaffNotice;
import tools.jackson.databind.JsonNode;

/**
 * A notice is its recipient's alone: at D001 the service manager and the advisor each see only their own, through the
 * page, the API and raw SQL under the runtime role; D002 sees none of them; only the recipient marks one read.
 */
@ApplicationTest
class NoticesTest {

    static final long D001 = 1;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource runtime;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Autowired
    Clock clock;

    @Test
    void aStaffMemberSeesOnlyTheirOwnNoticesAndAnotherDealerNone() {
        String key = "test:" + UUID.randomUUID();
        long manager = id("manager");
        long advisor = id("advisor");
        tell(List.of(manager), key + ":m", "notice.complaint.ESCALATED2", "9001");
        tell(List.of(advisor), key + ":a", "notice.complaint.ASSIGNED", "9002");
        ApiClient api = new ApiClient(mvc);

        JsonNode managers = ApiClient.ok(api.get("manager", "/api/v1/notices"));
        List<String> managerKeys = keys(managers);
        assertThat(managerKeys).contains("notice.complaint.ESCALATED2").doesNotContain("notice.complaint.ASSIGNED");
        assertThat(managers.get("unread").asInt()).isPositive();
        JsonNode mine = null;
        for (JsonNode each : managers.get("notices")) {
            if (each.get("arguments").get(0).asString().equals("9001")) {
                mine = each;
            }
        }
        assertThat(mine).as("the manager's notice").isNotNull();
        assertThat(mine.get("text").asString()).isEqualTo("投诉 #9001 升级后仍未解决，已升级至总经理");
        assertThat(mine.get("link").asString()).isEqualTo("/complaints/9001");
        long managersNotice = mine.get("id").asLong();

        assertThat(keys(ApiClient.ok(api.get("advisor", "/api/v1/notices"))))
                .contains("notice.complaint.ASSIGNED")
                .doesNotContain("notice.complaint.ESCALATED2");
        assertThat(api.get("advisor", "/api/v1/notices/" + managersNotice)).hasStatus(404);
        assertThat(api.post("advisor", "/api/v1/notices/" + managersNotice + "/read", ""))
                .hasStatus(404);
        for (String d002 : List.of("d2.admin", "d2.gm", "d2.advisor")) {
            JsonNode theirs = ApiClient.ok(api.get(d002, "/api/v1/notices"));
            assertThat(theirs.get("notices").toString()).doesNotContain("9001", "9002");
            assertThat(api.get(d002, "/api/v1/notices/" + managersNotice)).hasStatus(404);
        }

        // raw SQL under the runtime role
        assertThat(count(new DealerScope(advisor, "advisor", D001, null), key)).isEqualTo(1);
        assertThat(count(new DealerScope(manager, "manager", D001, null), key)).isEqualTo(1);
        assertThat(count(DealerScope.systemFor(2), key)).isZero();
        assertThat(count(new DealerScope(id("network"), "network", null, 1L), key))
                .isZero();
        assertThat(new DealerScope(advisor, "advisor", D001, null)
                        .call(() -> JdbcClient.create(runtime)
                                .sql("UPDATE notice.staff_notice SET read_at = now() WHERE event_key LIKE :key")
                                .param("key", key + "%")
                                .update()))
                .as("the advisor marks only their own")
                .isEqualTo(1);
        assertThat(unread(key + ":m"))
                .as("the manager's notice is still unread")
                .isTrue();

        JsonNode read = ApiClient.ok(api.post("manager", "/api/v1/notices/" + managersNotice + "/read", ""));
        assertThat(read.get("readAt")).isNotNull();
        assertThat(unread(key + ":m")).isFalse();
    }

    @Test
    void theBellCountsTheUnreadAndOpeningANoticeReadsItAndGoesToItsSubject() {
        String key = "test:" + UUID.randomUUID();
        MockHttpSession manager = signIn(mvc, "manager");
        ApiClient.ok(new ApiClient(mvc).post("manager", "/api/v1/notices/read", ""));
        String page = body(mvc.get().uri("/").session(manager).exchange());
        assertThat(page).contains("id=\"notice-bell\"").doesNotContain("id=\"notice-count\"");

        tell(List.of(id("manager")), key + ":1", "notice.complaint.RAISED", "9101");
        tell(List.of(id("manager")), key + ":2", "notice.complaint.RAISED", "9102");
        page = body(mvc.get().uri("/").session(manager).exchange());
        assertThat(page).contains("id=\"notice-count\">2</span>");

        JsonNode inEnglish = ApiClient.ok(new ApiClient(mvc).inEnglish().get("manager", "/api/v1/notices?unread=true"));
        assertThat(inEnglish.get("unread").asInt()).isEqualTo(2);
        assertThat(inEnglish.get("notices").get(0).get("text").asString())
                .isEqualTo("The network's hotline raised complaint #9102 to this dealer: give it an owner");
        String list = body(mvc.get().uri("/notices").session(manager).exchange());
        assertThat(list).contains("网络热线向本店提出投诉 #9102，请指定负责人");
        assertThat(list.indexOf("#9102")).as("newest first").isLessThan(list.indexOf("#9101"));
        long notice = JdbcClient.create(owner)
                .sql("SELECT id FROM notice.staff_notice WHERE event_key = :key")
                .param("key", key + ":2")
                .query(Long.class)
                .single();
        assertThat(mvc.post()
                        .uri("/notices/" + notice + "/open")
                        .session(manager)
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/complaints/9102");
        assertThat(body(mvc.get().uri("/").session(manager).exchange())).contains("id=\"notice-count\">1</span>");
        assertThat(mvc.post().uri("/notices/read").session(manager).with(csrf()).exchange())
                .hasRedirectedUrl("/notices");
        assertThat(body(mvc.get().uri("/").session(manager).exchange())).doesNotContain("id=\"notice-count\"");
    }

    void tell(List<Long> recipients, String key, String summaryKey, String complaint) {
        DealerScope.systemFor(D001)
                .run(() -> transactions.executeWithoutResult(status -> events.publishEvent(new StaffNotice(
                        D001,
                        recipients,
                        key,
                        summaryKey,
                        List.of(complaint),
                        "/complaints/" + complaint,
                        clock.instant()))));
    }

    static List<String> keys(JsonNode list) {
        List<String> keys = new java.util.ArrayList<>();
        list.get("notices").forEach(n -> keys.add(n.get("summaryKey").asString()));
        return keys;
    }

    long count(DealerScope scope, String key) {
        return scope.call(() -> JdbcClient.create(runtime)
                .sql("SELECT count(*) FROM notice.staff_notice WHERE event_key LIKE :key")
                .param("key", key + "%")
                .query(Long.class)
                .single());
    }

    boolean unread(String key) {
        return JdbcClient.create(owner)
                .sql("SELECT read_at IS NULL FROM notice.staff_notice WHERE event_key = :key")
                .param("key", key)
                .query(Boolean.class)
                .single();
    }

    long id(String username) {
        return JdbcClient.create(owner)
                .sql("SELECT id FROM dealer.user_account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
