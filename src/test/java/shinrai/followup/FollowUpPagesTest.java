package shinrai.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.ApplicationTest;
import shinrai.customer.ContactTime;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Handover;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/**
 * 黄敏 ({@code relations}) works her calls at D001 on her pages; 李明 ({@code manager}) oversees them. Each order is
 * one the demo advisor delivered with ratings of 5 and 5, whose customer said "到保养里程了，顺便看看刹车有异响".
 */
@ApplicationTest
class FollowUpPagesTest {

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
    FollowUpSettings settings;

    @Autowired
    TransactionTemplate transactions;

    WorkshopFixtures fixtures;

    FollowUpFixtures tasks;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        tasks = new FollowUpFixtures(calls, transactions);
    }

    @Test
    void theAgentsQueueListsHerCallAndTheCallPageShowsTheOrderTheWordsTheRatingsTheNumberAndTheScript() {
        RepairOrder order = fixtures.delivered();
        FollowUpCall call = tasks.taskOf(order);
        MockHttpSession relations = signIn(mvc, "relations");

        assertThat(mvc.get().uri("/follow-ups").session(relations).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("我的回访", "王修车", order.number(), "data-call=\"" + call.id() + "\"");
        int readsBefore = auditedReads(order);
        assertThat(mvc.get().uri("/follow-ups/" + call.id()).session(relations).exchange())
                .hasStatusOk()
                .bodyText()
                .contains(
                        "回访 王修车",
                        "到保养里程了，顺便看看刹车有异响",
                        "5 / 5 分",
                        "/repair-orders/" + order.id() + "/bill",
                        "tel:1971",
                        "您好，我是",
                        "黄敏",
                        "id=\"outcome-form\"");
        assertThat(auditedReads(order)).as("the number's read is audited").isEqualTo(readsBefore + 1);
        assertThat(mvc.get()
                        .uri("/follow-ups/" + call.id())
                        .session(relations)
                        .cookie(new Cookie("shinrai-lang", "en"))
                        .exchange())
                .bodyText()
                .contains("Follow-up call: 王修车", "Advisor rating at delivery", "this is 黄敏");
    }

    @Test
    void aCustomerWhoPrefersEveningsShowsSoOnTheQueueAndTheCallPageOutsideD001sCallingHours() throws Exception {
        RepairOrder checked = fixtures.passedFinalCheck();
        fixtures.as("advisor").run(() -> {
            Customer customer = customers.get(checked.customer().value());
            customers.update(customer.id(), customer.profile().preferringContactAt(ContactTime.EVENING));
        });
        RepairOrder order = fixtures.as("advisor").call(() -> {
            RepairOrder cleaned = workshop.recordCleanUp(checked.id(), checked.version(), true, true);
            return workshop.deliver(cleaned.id(), cleaned.version(), new Handover(true, true, 5, 5));
        });
        FollowUpCall call = tasks.taskOf(order);
        MockHttpSession relations = signIn(mvc, "relations");

        String queue = mvc.get()
                .uri("/follow-ups")
                .session(relations)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int row = queue.indexOf("data-call=\"" + call.id() + "\"");
        assertThat(row).as("the call is on her queue").isPositive();
        assertThat(queue.substring(row, queue.indexOf("</tr>", row))).contains("客户希望晚上联系", "不在回访时段");
        assertThat(mvc.get().uri("/follow-ups/" + call.id()).session(relations).exchange())
                .bodyText()
                .contains("id=\"call-preferred-time\"", "客户希望晚上联系", "id=\"call-outside-hours\"");
        assertThat(mvc.get()
                        .uri("/follow-ups/" + call.id())
                        .session(relations)
                        .cookie(new Cookie("shinrai-lang", "en"))
                        .exchange())
                .bodyText()
                .contains("prefers evenings", "outside our calling hours");
    }

    @Test
    void aCustomerWhoPrefersAnyTimeShowsNoPreference() {
        FollowUpCall call = tasks.taskOf(fixtures.delivered());

        assertThat(mvc.get()
                        .uri("/follow-ups/" + call.id())
                        .session(signIn(mvc, "relations"))
                        .exchange())
                .bodyText()
                .doesNotContain("call-preferred-time");
    }

    @Test
    void aReachedCallIsRecordedWithItsNoteClosesTheTaskGoesOnTheTimelineAndCannotBeRecordedAgain() {
        FollowUpCall call = tasks.taskOf(fixtures.delivered());
        MockHttpSession relations = signIn(mvc, "relations");

        MvcTestResult recorded = outcome(relations, call, call.version(), "REACHED", "客户很满意，刹车异响已消除");
        assertThat(recorded).hasRedirectedUrl("/follow-ups");
        assertThat(flash(recorded)).containsEntry("notice", "followUp.recorded");

        FollowUpCall reached = reload(call);
        assertThat(reached.status()).isEqualTo(CallStatus.REACHED);
        assertThat(reached.attempts()).singleElement().satisfies(a -> {
            assertThat(a.note()).isEqualTo("客户很满意，刹车异响已消除");
            assertThat(a.recordedBy()).isEqualTo(fixtures.staffId("relations"));
        });
        assertThat(timeline(call)).contains("timeline.followUp.REACHED");

        MvcTestResult again = outcome(relations, call, reached.version(), "REFUSED", "");
        assertThat(again).hasRedirectedUrl("/follow-ups/" + call.id());
        assertThat(flash(again)).containsEntry("problem", "followUp.refused.closed");
        assertThat(reload(call).attempts()).hasSize(1);
    }

    @Test
    void aCallRecordedOnAnOutdatedPageIsRefusedNamingWhoChangedItMeanwhile() {
        FollowUpCall call = tasks.taskOf(fixtures.delivered());
        MockHttpSession relations = signIn(mvc, "relations");
        assertThat(outcome(relations, call, call.version(), "NOT_REACHED", "无人接听"))
                .hasRedirectedUrl("/follow-ups");

        MvcTestResult stale = outcome(relations, call, call.version(), "REACHED", "");

        assertThat(flash(stale)).containsEntry("problem", "followUp.refused.changedMeanwhile");
        assertThat((Object[]) stale.getMvcResult().getFlashMap().get("problemArguments"))
                .contains("黄敏");
    }

    @Test
    void threeUnansweredCallsCloseTheTaskAsUnreachable() {
        FollowUpCall call = tasks.taskOf(fixtures.delivered());
        MockHttpSession relations = signIn(mvc, "relations");
        for (int i = 0; i < 3; i++) {
            FollowUpCall now = reload(call);
            assertThat(now.status()).isEqualTo(CallStatus.OPEN);
            outcome(relations, call, now.version(), "NOT_REACHED", "");
        }

        FollowUpCall closed = reload(call);
        assertThat(closed.status()).isEqualTo(CallStatus.UNREACHABLE);
        assertThat(closed.unanswered()).isEqualTo(3);
        assertThat(timeline(call)).contains("timeline.followUp.NOT_REACHED", "timeline.followUp.UNREACHABLE");
    }

    @Test
    void aWrongNumberIsFlaggedOnTheCustomersRecordWhereTheDeskSeesIt() {
        RepairOrder order = fixtures.delivered();
        FollowUpCall call = tasks.taskOf(order);

        outcome(signIn(mvc, "relations"), call, call.version(), "WRONG_NUMBER", "接电话的人说不认识客户");

        assertThat(reload(call).status()).isEqualTo(CallStatus.WRONG_NUMBER);
        Map<String, ?> wrong = fixtures.as("advisor")
                .call(() -> customers.wrongNumbers(order.customer().value()));
        assertThat(wrong).hasSize(1);
        assertThat(mvc.get()
                        .uri("/customers/" + order.customer().value())
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .bodyText()
                .contains("wrong-number", "号码有误");
        MockHttpSession advisor = signIn(mvc, "advisor");
        assertThat(mvc.get()
                        .uri("/reception/new?vehicle=" + order.vehicle().value())
                        .session(advisor)
                        .exchange())
                .as("the desk's briefing when the car is next received")
                .bodyText()
                .contains("wrong-numbers", "回访时被报告有误，请向客户核实正确号码");

        String e164 = wrong.keySet().iterator().next();
        assertThat(mvc.post()
                        .uri("/customers/" + order.customer().value() + "/numbers/confirm")
                        .session(advisor)
                        .with(csrf())
                        .param("e164", e164)
                        .exchange())
                .as("the customer confirms the number is theirs")
                .hasStatus3xxRedirection();
        assertThat(fixtures.as("advisor")
                        .call(() -> customers.wrongNumbers(order.customer().value())))
                .isEmpty();
        assertThat(mvc.post()
                        .uri("/customers/" + order.customer().value() + "/numbers/confirm")
                        .session(advisor)
                        .with(csrf())
                        .param("e164", "+8613900000000")
                        .exchange())
                .as("a number the customer does not have")
                .hasStatus(404);
    }

    @Test
    void theOpenCallShowsOnThe360PageLinkedOnlyForThoseWhoMayOpenIt() {
        RepairOrder order = fixtures.delivered();
        FollowUpCall call = tasks.taskOf(order);
        String customerPage = "/customers/" + order.customer().value();

        assertThat(mvc.get().uri(customerPage).session(signIn(mvc, "relations")).exchange())
                .bodyText()
                .contains("href=\"/follow-ups/" + call.id() + "\"");
        assertThat(mvc.get().uri(customerPage).session(signIn(mvc, "advisor")).exchange())
                .bodyText()
                .contains("<span>待回访：委托书 " + order.number() + "</span>")
                .doesNotContain("/follow-ups/" + call.id());
    }

    @Test
    void badInputIsRefusedNamingTheFieldNeverWithAnError() {
        FollowUpCall call = tasks.taskOf(fixtures.delivered());
        MockHttpSession relations = signIn(mvc, "relations");

        MvcTestResult tooLong = outcome(relations, call, call.version(), "REACHED", "很".repeat(2001));
        MvcTestResult noOutcome = outcome(relations, call, call.version(), "", "");
        MvcTestResult unknownOutcome = outcome(relations, call, call.version(), "HAPPY", "");

        for (MvcTestResult refused : new MvcTestResult[] {tooLong, noOutcome, unknownOutcome}) {
            assertThat(refused).hasRedirectedUrl("/follow-ups/" + call.id());
            assertThat(flash(refused)).containsEntry("problem", "followUp.error.form");
        }
        assertThat(reload(call).attempts()).isEmpty();
        assertThat(mvc.get().uri("/follow-ups/0").session(relations).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/follow-ups/999999999").session(relations).exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri("/follow-ups/abc").session(relations).exchange())
                .hasStatus4xxClientError();
    }

    @Test
    void theManagerSeesEachAgentsLoadAndGivesACallToNobodyOrBack() {
        FollowUpCall call = tasks.taskOf(fixtures.delivered());
        MockHttpSession manager = signIn(mvc, "manager");

        assertThat(mvc.get().uri("/follow-ups/overview").session(manager).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("回访管理", "黄敏", "id=\"agent-load\"", "超期未回访");
        MvcTestResult toNobody = mvc.post()
                .uri("/follow-ups/" + call.id() + "/assignee")
                .session(manager)
                .with(csrf())
                .param("version", String.valueOf(call.version()))
                .param("agent", "")
                .exchange();
        assertThat(toNobody).hasRedirectedUrl("/follow-ups/overview");
        assertThat(reload(call).assignedTo()).isNull();
        assertThat(mvc.get()
                        .uri("/follow-ups/overview?unassigned=true")
                        .session(manager)
                        .exchange())
                .bodyText()
                .contains("未分配的回访", "data-call=\"" + call.id() + "\"");

        MvcTestResult toAdvisor = mvc.post()
                .uri("/follow-ups/" + call.id() + "/assignee")
                .session(manager)
                .with(csrf())
                .param("version", String.valueOf(reload(call).version()))
                .param("agent", String.valueOf(fixtures.staffId("advisor").value()))
                .exchange();
        assertThat(flash(toAdvisor)).containsEntry("problem", "followUp.error.notAnAgent");

        MvcTestResult back = mvc.post()
                .uri("/follow-ups/" + call.id() + "/assignee")
                .session(manager)
                .with(csrf())
                .param("version", String.valueOf(reload(call).version()))
                .param("agent", String.valueOf(fixtures.staffId("relations").value()))
                .param("back", "/follow-ups/overview?unassigned=true")
                .exchange();
        assertThat(back).hasRedirectedUrl("/follow-ups/overview?unassigned=true");
        assertThat(reload(call).assignedTo()).isEqualTo(fixtures.staffId("relations"));
    }

    @Test
    void onlyAgentsAndTheirManagerSeeCallsAndOnlyAgentsRecordThem() {
        FollowUpCall call = tasks.taskOf(fixtures.delivered());
        MockHttpSession advisor = signIn(mvc, "advisor");
        assertThat(mvc.get().uri("/follow-ups").session(advisor).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/follow-ups/" + call.id()).session(advisor).exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/follow-ups/overview")
                        .session(signIn(mvc, "relations"))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/follow-ups/settings")
                        .session(signIn(mvc, "relations"))
                        .exchange())
                .hasStatus(403);
        assertThat(outcome(signIn(mvc, "manager"), call, call.version(), "REACHED", ""))
                .hasStatus(403);
    }

    @Test
    void theManagerWritesTheScriptInTheDealersWordsAndTheCallPageFillsItIn() {
        FollowUpCall call = tasks.taskOf(fixtures.delivered());
        MockHttpSession manager = signIn(mvc, "manager");
        try {
            assertThat(mvc.get().uri("/follow-ups/settings").session(manager).exchange())
                    .hasStatusOk()
                    .bodyText()
                    .contains("回访设置", "{customer}");
            assertThat(saveSettings(manager, "1", "3", "3", "{customer}您好！这里是{dealer}，我是{agent}。"))
                    .hasRedirectedUrl("/follow-ups/settings");

            assertThat(mvc.get()
                            .uri("/follow-ups/" + call.id())
                            .session(signIn(mvc, "relations"))
                            .exchange())
                    .bodyText()
                    .contains("王修车您好！这里是信赖丰田4S店（上海浦东），我是黄敏。");

            assertThat(saveSettings(manager, "3", "1", "3", ""))
                    .hasStatusOk()
                    .bodyText()
                    .contains("is-invalid", "最晚回访日不能早于最早回访日");
            assertThat(saveSettings(manager, "1", "3", "0", "x".repeat(2001)))
                    .hasStatusOk()
                    .bodyText()
                    .contains("is-invalid", "2000");
        } finally {
            DealerScope.systemFor(1)
                    .run(() -> transactions.executeWithoutResult(status -> JdbcClient.create(app)
                            .sql("UPDATE followup.call_settings SET earliest_day = 1, latest_day = 3, "
                                    + "max_attempts = 3, script = NULL")
                            .update()));
        }
    }

    static Map<String, Object> flash(MvcTestResult result) {
        return new java.util.HashMap<>(result.getMvcResult().getFlashMap());
    }

    MvcTestResult saveSettings(
            MockHttpSession session, String earliest, String latest, String attempts, String script) {
        return mvc.post()
                .uri("/follow-ups/settings")
                .session(session)
                .with(csrf())
                .param("earliestDay", earliest)
                .param("latestDay", latest)
                .param("maxAttempts", attempts)
                .param("script", script)
                .exchange();
    }

    MvcTestResult outcome(MockHttpSession session, FollowUpCall call, int version, String outcome, String note) {
        return mvc.post()
                .uri("/follow-ups/" + call.id() + "/outcome")
                .session(session)
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("outcome", outcome)
                .param("note", note)
                .exchange();
    }

    FollowUpCall reload(FollowUpCall call) {
        return DealerScope.systemFor(1)
                .call(() -> transactions.execute(status -> calls.find(call.id())))
                .orElseThrow();
    }

    java.util.List<String> timeline(FollowUpCall call) {
        return DealerScope.systemFor(1)
                .call(() -> JdbcClient.create(app)
                        .sql("SELECT summary_key FROM customer.timeline_entry WHERE reference = :ref")
                        .param("ref", "followUpCall:" + call.id())
                        .query(String.class)
                        .list());
    }

    int auditedReads(RepairOrder order) {
        return DealerScope.systemFor(1)
                .call(() -> JdbcClient.create(app)
                        .sql("""
                                SELECT count(*) FROM audit.audit_event
                                WHERE action = 'READ' AND entity_type = 'customer.customer' AND entity_id = :id""")
                        .param("id", String.valueOf(order.customer().value()))
                        .query(Integer.class)
                        .single());
    }
}
