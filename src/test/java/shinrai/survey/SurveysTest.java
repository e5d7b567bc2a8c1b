package shinrai.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.TestClock;
import shinrai.customer.ConsentChannel;
import shinrai.customer.ConsentMethod;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerId;
import shinrai.database.SchemaOwner;
import shinrai.followup.FollowUpCallId;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Handover;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;
import tools.jackson.databind.JsonNode;

/**
 * Satisfaction surveys at the demo dealers: taken on a follow-up call, answered by the customer on the public page an
 * SMS link leads to, and rolled up into a month's CSI and SERVQUAL gaps, for the dealer and for the network.
 */
@ApplicationTest
@RecordApplicationEvents
class SurveysTest {

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
    @SchemaOwner
    DataSource owner;

    @Autowired
    Clock clock;

    @Autowired
    Surveys surveys;

    @Autowired
    SurveySettings settings;

    @Autowired
    SurveyResults results;

    @Autowired
    SurveyResponses responses;

    WorkshopFixtures fixtures;
    SurveyFixtures surveyFixtures;
    ApiClient api;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        surveyFixtures = new SurveyFixtures(
                fixtures, surveys, responses, new shinrai.CustomersWithCars(customers, vehicles), owner, clock);
        api = new ApiClient(mvc);
    }

    @Test
    void theAgentsSurveyOnACallClosesTheCallAsReachedAndAnnouncesEachAnswerWithReverseItemsTurnedRound(
            ApplicationEvents events) {
        RepairOrder order = fixtures.delivered();
        Call call = callOf(order);
        asManager(() -> settings.choose("SERVQUAL"));
        try {
            JsonNode recorded = ApiClient.ok(api.post(
                    "relations",
                    "/api/v1/surveys/calls/" + call.id() + "/response",
                    "{\"version\":" + call.version() + ",\"note\":\"客户很满意\",\"answers\":"
                            + json(servqual(Map.of(
                                    "RELIABILITY", new int[] {7, 5},
                                    "RESPONSIVENESS", new int[] {2, 3},
                                    "ASSURANCE", new int[] {6, 6},
                                    "EMPATHY", new int[] {1, 4},
                                    "TANGIBLES", new int[] {5, 6})))
                            + "}"));

            assertThat(recorded.get("channel").asString()).isEqualTo("CALL");
            assertThat(recorded.get("questionnaire").asString()).isEqualTo("SERVQUAL");
            assertThat(callOf(order).status()).isEqualTo("REACHED");
            SurveyAnswered answered = events.stream(SurveyAnswered.class)
                    .filter(e -> e.repairOrder() != null && e.repairOrder().equals(order.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(answered.recordedBy()).isEqualTo(fixtures.staffId("relations"));
            assertThat(answered.questionnaire()).isEqualTo("SERVQUAL");
            // SQ10 is worded negatively ("does not tell customers when ..."): a 3 of 7 is a 5 of satisfaction
            SurveyAnswered.Answer reversed = answer(answered, "SQ10");
            assertThat(reversed.score()).isEqualTo(3);
            assertThat(reversed.scaleMax()).isEqualTo(7);
            assertThat(reversed.satisfaction()).isEqualTo(5);
            assertThat(answer(answered, "SQ05").satisfaction()).isEqualTo(5);
            assertThat(timelineKeys(order.customer())).contains("timeline.survey.CALL");

            MvcTestResult again = api.post(
                    "relations",
                    "/api/v1/surveys/calls/" + call.id() + "/response",
                    "{\"version\":" + callOf(order).version() + ",\"answers\":[]}");
            assertThat(again).hasStatus(400);
        } finally {
            asManager(() -> settings.choose("CSI"));
        }
    }

    @Test
    void aResponseThatBreaksTheQuestionnairesRulesIsRefusedNamingEachQuestionAndTheCallStaysOpen() {
        RepairOrder order = fixtures.delivered();
        Call call = callOf(order);

        MvcTestResult refused = api.post(
                "relations",
                "/api/v1/surveys/calls/" + call.id() + "/response",
                "{\"version\":" + call.version() + ",\"answers\":["
                        + "{\"question\":\"IN_APPOINTMENT\",\"score\":11},"
                        + "{\"question\":\"RETURN\",\"choice\":\"PERHAPS\"}]}");
        MvcTestResult unknownProperty = api.post(
                "relations",
                "/api/v1/surveys/calls/" + call.id() + "/response",
                "{\"version\":" + call.version() + ",\"answers\":[{\"question\":\"IN_WAIT\",\"mood\":3}]}");

        assertThat(refused).hasStatus(400);
        JsonNode errors = ApiClient.body(refused).get("errors");
        assertThat(errors.findValuesAsString("field"))
                .contains("answers.IN_APPOINTMENT.score", "answers.IN_GREETING.score", "answers.RETURN.choice");
        assertThat(errors.findValuesAsString("message"))
                .contains("第 1 题“预约或安排来店时间是否方便”：请选择 1 到 10 分。", "第 2 题“到店后是否被及时接待”还没有回答。");
        assertThat(unknownProperty).hasStatus(400);
        assertThat(callOf(order).status()).isEqualTo("OPEN");

        // the agent's page says the same, marks the questions and keeps what was given
        MockHttpSession relations = DemoAccounts.signIn(mvc, "relations");
        assertThat(mvc.get().uri("/follow-ups/" + call.id()).session(relations).exchange())
                .bodyText()
                .contains("/surveys/calls/" + call.id());
        MvcTestResult page = mvc.post()
                .uri("/surveys/calls/" + call.id())
                .session(relations)
                .with(csrf())
                .param("version", String.valueOf(call.version()))
                .param("score.IN_APPOINTMENT", "9")
                .exchange();
        assertThat(page).hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/surveys/calls/" + call.id())
                        .session(relations)
                        .flashAttrs(page.getMvcResult().getFlashMap())
                        .exchange())
                .bodyText()
                .contains("第 2 题“到店后是否被及时接待”还没有回答。", "question-IN_GREETING");
    }

    @Test
    void aCustomerNotCalledIsSentTheSurveyLinkAndAnswersItOnceOnThePublicPage() {
        RepairOrder checked = fixtures.passedFinalCheck();
        fixtures.as("advisor").run(() -> {
            customers.recordConsent(
                    checked.customer().value(), ConsentChannel.PHONE_CALL, false, ConsentMethod.VERBAL, "不要打电话");
            customers.recordConsent(
                    checked.customer().value(), ConsentChannel.SMS, true, ConsentMethod.SIGNED_FORM, "");
        });
        RepairOrder order = deliver(checked);
        String sms = JdbcClient.create(owner)
                .sql("SELECT body FROM messaging.outbox_message WHERE topic = 'SURVEY_LINK' AND reference = :ref")
                .param("ref", "repair-order:" + order.id().value())
                .query(String.class)
                .single();
        assertThat(sms).contains(order.number(), "https://service.shinrai.test/p/survey/");
        assertThat(callOf(order).reason()).isEqualTo("PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS");
        String path = sms.substring(sms.indexOf("/p/survey/"));

        assertThat(mvc.get().uri(path).exchange()).hasStatusOk().bodyText().contains("预约或安排来店时间是否方便");
        assertThat(mvc.get().uri(path + "?lang=en").exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Ease of arranging your visit at a time that suited you");

        MvcTestResult incomplete = mvc.post()
                .uri(path)
                .with(csrf())
                .param("score.IN_APPOINTMENT", "8")
                .exchange();
        assertThat(incomplete).hasStatus3xxRedirection();
        assertThat(incomplete.getMvcResult().getFlashMap().get("problems").toString())
                .contains("第 2 题“到店后是否被及时接待”还没有回答。");

        MvcTestResult answered = post(mvc, path, csiForm(9));
        assertThat(answered).hasStatus3xxRedirection();
        assertThat(answered.getMvcResult().getFlashMap().get("notice")).isEqualTo("survey.page.thanks");
        MvcTestResult twice = post(mvc, path, csiForm(2));
        assertThat(twice.getMvcResult().getFlashMap().get("problems").toString())
                .contains("已经回答过了");
        assertThat(mvc.get().uri(path).exchange()).bodyText().contains("already-answered");
        assertThat(JdbcClient.create(owner)
                        .sql("SELECT count(*) FROM survey.response WHERE dealer_id = 1 AND repair_order_id = :o"
                                + " AND channel = 'PAGE' AND recorded_by IS NULL")
                        .param("o", order.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(timelineKeys(order.customer())).contains("timeline.survey.linkSent", "timeline.survey.PAGE");

        String token = path.substring("/p/survey/".length());
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(mvc.get().uri("/p/survey/" + forged).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/p/approval/" + token).exchange()).hasStatus(404);
        ((TestClock) clock).advance(Surveys.LINK_LIFETIME.plus(Duration.ofMinutes(1)));
        assertThat(mvc.get().uri(path).exchange()).hasStatus(410).bodyText().contains("链接已过期");
    }

    /**
     * March 2031 at D001, worked by hand. CSI (10-point scale, (score − 1) / 9 × 100): customer A gives initiation
     * 10, advisor 7, facility 10, pick-up 7, quality 10; customer B initiation 7, advisor 7, facility 4, pick-up 10,
     * quality 4. Factor means: initiation (100 + 66.67) / 2 = 83.33, advisor 66.67, facility (100 + 33.33) / 2 =
     * 66.67, pick-up 83.33, quality 66.67. Weighted 17/18/21/20/24: ((17 + 20) × 83.33 + (18 + 21 + 24) × 66.67) /
     * 100 = 72.83 → 72.8; with equal weights (the manager sets 20 each): 73.33 → 73.3.
     *
     * <p>SERVQUAL (7-point, items 10–13 and 18–22 turned round: 8 − score): customer C gives reliability E 7 P 5,
     * responsiveness E 2 P 3 (turned round: E 6 P 5), assurance E 6 P 6, empathy E 1 P 4 (E 7 P 4), tangibles E 5 P
     * 6; customer D the same but reliability E 7 P 7. Gaps: reliability 6 − 7 = −1, responsiveness 5 − 6 = −1,
     * assurance 0, empathy 4 − 7 = −3, tangibles +1; unweighted (−1 − 1 + 0 − 3 + 1) / 5 = −0.80; weighted (32 × −1
     * + 22 × −1 + 19 × 0 + 16 × −3 + 11 × 1) / 100 = −0.91.
     *
     * <p>D002 that month: one CSI customer gives 10 everywhere: 100.0.
     */
    @Test
    void aMonthsCsiAndServqualGapsAreTheHandWorkedOnesAndTheNetworkSeesBothDealersSideBySide() {
        ((TestClock) clock).set(LocalDate.of(2031, 3, 10), 10, 0, ZoneId.of("Asia/Shanghai"));
        YearMonth march = YearMonth.of(2031, 3);
        recordOnCall(fixtures.delivered(), csi(10, 7, 10, 7, 10));
        recordOnCall(fixtures.delivered(), csi(7, 7, 4, 10, 4));
        asManager(() -> settings.choose("SERVQUAL"));
        try {
            Map<String, int[]> c = Map.of(
                    "RELIABILITY", new int[] {7, 5},
                    "RESPONSIVENESS", new int[] {2, 3},
                    "ASSURANCE", new int[] {6, 6},
                    "EMPATHY", new int[] {1, 4},
                    "TANGIBLES", new int[] {5, 6});
            Map<String, int[]> d = new java.util.HashMap<>(c);
            d.put("RELIABILITY", new int[] {7, 7});
            recordOnCall(fixtures.delivered(), servqual(c));
            recordOnCall(fixtures.delivered(), servqual(d));
        } finally {
            asManager(() -> settings.choose("CSI"));
        }

        SurveyResults.DealerMonth month = asManager(() -> results.dealerMonth(march));

        assertThat(month.dealer().responses()).isEqualTo(2);
        assertThat(month.dealer().index()).isEqualByComparingTo("72.8");
        assertThat(month.dealer().factors())
                .containsEntry("INITIATION", new BigDecimal("83.3"))
                .containsEntry("ADVISOR", new BigDecimal("66.7"))
                .containsEntry("FACILITY", new BigDecimal("66.7"))
                .containsEntry("PICK_UP", new BigDecimal("83.3"))
                .containsEntry("QUALITY", new BigDecimal("66.7"));
        assertThat(month.advisors()).singleElement().satisfies(advisor -> {
            assertThat(advisor.name()).isEqualTo("张伟");
            assertThat(advisor.index()).isEqualByComparingTo("72.8");
        });
        assertThat(month.technicians()).singleElement().satisfies(technician -> {
            assertThat(technician.name()).isEqualTo("刘洋");
            assertThat(technician.responses()).isEqualTo(2);
        });
        ServqualGaps.Result gaps = month.servqual().gaps();
        assertThat(month.servqual().responses()).isEqualTo(2);
        assertThat(gaps.dimensions())
                .containsEntry("RELIABILITY", new BigDecimal("-1.00"))
                .containsEntry("RESPONSIVENESS", new BigDecimal("-1.00"))
                .containsEntry("ASSURANCE", new BigDecimal("0.00"))
                .containsEntry("EMPATHY", new BigDecimal("-3.00"))
                .containsEntry("TANGIBLES", new BigDecimal("1.00"));
        assertThat(gaps.unweighted()).contains(new BigDecimal("-0.80"));
        assertThat(gaps.weighted()).contains(new BigDecimal("-0.91"));
        assertThat(asManager(() -> results.trend(march))).last().satisfies(last -> {
            assertThat(last.month()).isEqualTo(march);
            assertThat(last.index()).isEqualByComparingTo("72.8");
        });

        asManager(() -> settings.weigh(new CsiWeights(20, 20, 20, 20, 20)));
        try {
            assertThat(asManager(() -> results.dealerMonth(march)).dealer().index())
                    .isEqualByComparingTo("73.3");
        } finally {
            asManager(() -> settings.weigh(CsiWeights.DEFAULT));
        }

        surveyFixtures.answeredAtD002(Questionnaires.csi(), LocalDate.of(2031, 3, 1), csi(10, 10, 10, 10, 10));
        List<SurveyResults.DealerSideBySide> network = asNetworkAnalyst(() -> results.network(march));
        assertThat(network).extracting(SurveyResults.DealerSideBySide::code).containsExactly("D001", "D002");
        assertThat(network.get(0).csi().index()).isEqualByComparingTo("72.8");
        assertThat(network.get(0).servqual().gaps().weighted()).contains(new BigDecimal("-0.91"));
        assertThat(network.get(1).csi().index()).isEqualByComparingTo("100.0");
        assertThat(network.get(1).csi().responses()).isEqualTo(1);
        assertThat(network.get(1).servqual().responses()).isZero();
    }

    @Test
    void anotherDealersStaffCannotSeeAResponse() {
        RepairOrder order = fixtures.delivered();
        SurveyResponse response = recordOnCall(order, csi(8, 8, 8, 8, 8));

        assertThatThrownBy(() -> DealerScope.systemFor(2).call(() -> surveys.get(response.id())))
                .isInstanceOf(NotFound.class);
        assertThat(api.get("d2.admin", "/api/v1/surveys/responses/" + response.id()))
                .hasStatus(403);
        assertThat(ApiClient.ok(api.get("manager", "/api/v1/surveys/responses/" + response.id()))
                        .get("repairOrderNumber")
                        .asString())
                .isEqualTo(order.number());
        assertThat(api.get("manager", "/api/v1/surveys/results?month=2031-13")).hasStatus(400);
        assertThat(api.get("network", "/api/v1/surveys/network-results")).hasStatusOk();
        assertThat(api.get("manager", "/api/v1/surveys/network-results")).hasStatus(403);
    }

    @Test
    void theManagersPagesShowTheMonthAndTheNetworkItsDealers() {
        MockHttpSession manager = DemoAccounts.signIn(mvc, "manager");
        assertThat(mvc.get()
                        .uri("/surveys/results?month=2031-03")
                        .session(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("服务顾问 CSI", "survey-chart-data");
        assertThat(mvc.get().uri("/surveys/settings").session(manager).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("服务质量评价（SERVQUAL）", "反向计分");
        MockHttpSession network = DemoAccounts.signIn(mvc, "network");
        assertThat(mvc.get().uri("/surveys/network?lang=en").session(network).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Network satisfaction side by side", "dealer-D002");
        assertThat(mvc.get().uri("/surveys/results").session(network).exchange())
                .hasStatus(403);
    }

    // ---- set-up ----

    record Call(long id, int version, String status, String reason) {}

    Call callOf(RepairOrder order) {
        return JdbcClient.create(owner)
                .sql("SELECT id, version, status, coalesce(reason, '') AS reason FROM followup.call_task"
                        + " WHERE dealer_id = 1 AND repair_order_id = :o")
                .param("o", order.id().value())
                .query((rs, n) -> new Call(
                        rs.getLong("id"), rs.getInt("version"), rs.getString("status"), rs.getString("reason")))
                .single();
    }

    SurveyResponse recordOnCall(RepairOrder order, List<AnswerGiven> answers) {
        Call call = callOf(order);
        return fixtures.as("relations")
                .call(() -> surveys.recordForCall(new FollowUpCallId(call.id()), call.version(), answers, ""));
    }

    RepairOrder deliver(RepairOrder checked) {
        return fixtures.as("advisor").call(() -> {
            RepairOrder cleaned = workshop.recordCleanUp(checked.id(), checked.version(), true, true);
            return workshop.deliver(cleaned.id(), cleaned.version(), new Handover(true, true, 5, 5));
        });
    }

    <T> T asManager(java.util.function.Supplier<T> work) {
        return fixtures.as("manager").call(work);
    }

    <T> T asNetworkAnalyst(java.util.function.Supplier<T> work) {
        return surveyFixtures.networkAnalyst().call(work);
    }

    List<String> timelineKeys(CustomerId customer) {
        return JdbcClient.create(owner)
                .sql("SELECT summary_key FROM customer.timeline_entry WHERE customer_id = :c")
                .param("c", customer.value())
                .query(String.class)
                .list();
    }

    /** Every CSI item of each factor at its score, and that the customer will come back. */
    static List<AnswerGiven> csi(int initiation, int advisor, int facility, int pickUp, int quality) {
        Map<String, Integer> byFactor = Map.of(
                "INITIATION",
                initiation,
                "ADVISOR",
                advisor,
                "FACILITY",
                facility,
                "PICK_UP",
                pickUp,
                "QUALITY",
                quality);
        List<AnswerGiven> answers = new ArrayList<>();
        for (Question q : Questionnaires.csi().questions()) {
            if (q.factor() != null) {
                answers.add(new AnswerGiven(q.key(), byFactor.get(q.factor()), null, null, null));
            }
        }
        answers.add(new AnswerGiven("RETURN", null, null, "YES", null));
        return answers;
    }

    /** Every SERVQUAL item of each dimension with its expectation and perception, as the customer gives them. */
    static List<AnswerGiven> servqual(Map<String, int[]> byDimension) {
        List<AnswerGiven> answers = new ArrayList<>();
        for (Question q : Questionnaires.servqual().questions()) {
            if (q.factor() != null) {
                int[] ep = byDimension.get(q.factor());
                answers.add(new AnswerGiven(q.key(), ep[1], ep[0], null, null));
            }
        }
        return answers;
    }

    static Map<String, String> csiForm(int score) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        csi(score, score, score, score, score).forEach(a -> {
            if (a.score() != null) {
                form.put("score." + a.question(), String.valueOf(a.score()));
            }
        });
        form.put("choice.RETURN", "MAYBE");
        form.put("text.COMMENT", "休息区很舒服");
        return form;
    }

    static MvcTestResult post(MockMvcTester mvc, String path, Map<String, String> form) {
        var request = mvc.post().uri(path).with(csrf());
        form.forEach(request::param);
        return request.exchange();
    }

    static String json(List<AnswerGiven> answers) {
        StringBuilder json = new StringBuilder("[");
        for (AnswerGiven a : answers) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"question\":\"").append(a.question()).append('"');
            if (a.score() != null) {
                json.append(",\"score\":").append(a.score());
            }
            if (a.expectation() != null) {
                json.append(",\"expectation\":").append(a.expectation());
            }
            if (a.choice() != null) {
                json.append(",\"choice\":\"").append(a.choice()).append('"');
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    static SurveyAnswered.Answer answer(SurveyAnswered answered, String question) {
        return answered.answers().stream()
                .filter(a -> a.question().equals(question))
                .findFirst()
                .orElseThrow();
    }
}
