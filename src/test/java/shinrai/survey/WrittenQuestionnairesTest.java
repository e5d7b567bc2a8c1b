package shinrai.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.survey.SurveyFixtures.choice;
import static shinrai.survey.SurveyFixtures.score;
import static shinrai.survey.SurveyFixtures.text;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.TestClock;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;
import tools.jackson.databind.JsonNode;

/**
 * A dealer's own questionnaire: written by the service manager on a page, previewed, checked by the same rules as the
 * API; asked on the follow-up call; scored by month for the dealer, per advisor and per technician.
 */
@ApplicationTest
class WrittenQuestionnairesTest {

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
    Questionnaires questionnaires;

    @Autowired
    WrittenResults results;

    SurveyFixtures fixtures;
    ApiClient api;

    @BeforeEach
    void fixtures(@Autowired SurveyResponses responses) {
        fixtures = new SurveyFixtures(
                new WorkshopFixtures(workshop, customers, vehicles, app, clock),
                surveys,
                responses,
                new shinrai.CustomersWithCars(customers, vehicles),
                owner,
                clock);
        api = new ApiClient(mvc);
    }

    /**
     * June 2034 at D001, worked by hand. Customer A: overall 5 of 5 → (5 − 1) / 4 × 100 = 100; "I waited too long"
     * 2 of 5, reverse-coded → satisfaction 4 → 75; recommend 10 of 10 → 100; on time: yes; "休息区很干净". Customer B:
     * overall 3 → 50; waited 5 → satisfaction 1 → 0; recommend 4 → 3 / 9 × 100 = 33.33; on time: no; no words. The
     * dealer's score is the mean of the six scale answers: (100 + 75 + 100 + 50 + 0 + 33.33) / 6 = 59.72 → 59.7; per
     * question: overall 75.0 (mean 4.00 of 5), waited 37.5 (2.50), recommend 66.7 (7.00); yes 1, no 1. Both visits were
     * received by 张伟 and worked on by 刘洋: each scores 59.7 on two responses.
     */
    @Test
    void aDealersOwnQuestionnaireIsScoredByMonthWithReverseItemsTurnedRoundChoicesCountedAndWordsListed() {
        ((TestClock) clock).set(LocalDate.of(2034, 6, 12), 10, 0, ZoneId.of("Asia/Shanghai"));
        String code = SurveyFixtures.code("FOLLOW");
        assertThat(api.post("manager", "/api/v1/surveys/questionnaires", SurveyFixtures.questionnaireJson(code)))
                .hasStatus(201);
        fixtures.asManager(() -> settings.choose(code));
        try {
            SurveyResponse a = fixtures.answeredOnCall(
                    List.of(score("Q1", 5), score("Q2", 2), score("Q3", 10), choice("Q4", "O1"), text("Q5", "休息区很干净")));
            fixtures.answeredOnCall(List.of(score("Q1", 3), score("Q2", 5), score("Q3", 4), choice("Q4", "O2")));
            assertThat(a.scoring()).isEqualTo(Scoring.OWN);
            assertThat(a.questionnaire()).isEqualTo(code);
        } finally {
            fixtures.asManager(() -> settings.choose("CSI"));
        }

        YearMonth june = YearMonth.of(2034, 6);
        WrittenResults.QuestionnaireMonth month =
                fixtures.asManager(() -> results.dealerMonth(questionnaires.get(code), june));

        assertThat(month.dealer().responses()).isEqualTo(2);
        assertThat(month.dealer().scaleAnswers()).isEqualTo(6);
        assertThat(month.dealer().score()).isEqualByComparingTo("59.7");
        assertThat(month.advisors()).singleElement().satisfies(advisor -> {
            assertThat(advisor.name()).isEqualTo("张伟");
            assertThat(advisor.responses()).isEqualTo(2);
            assertThat(advisor.score()).isEqualByComparingTo("59.7");
        });
        assertThat(month.technicians()).singleElement().satisfies(technician -> {
            assertThat(technician.name()).isEqualTo("刘洋");
            assertThat(technician.score()).isEqualByComparingTo("59.7");
        });
        assertThat(month.questions())
                .extracting(WrittenResults.QuestionResult::question)
                .containsExactly("Q1", "Q2", "Q3", "Q4");
        assertThat(month.questions().get(0).mean()).isEqualByComparingTo("75.0");
        assertThat(month.questions().get(0).points()).isEqualByComparingTo("4.00");
        assertThat(month.questions().get(1).mean()).isEqualByComparingTo("37.5");
        assertThat(month.questions().get(1).points()).isEqualByComparingTo("2.50");
        assertThat(month.questions().get(2).mean()).isEqualByComparingTo("66.7");
        assertThat(month.questions().get(2).points()).isEqualByComparingTo("7.00");
        assertThat(month.questions().get(3).choices()).containsExactly(Map.entry("O1", 1L), Map.entry("O2", 1L));
        assertThat(month.texts()).singleElement().satisfies(t -> {
            assertThat(t.question()).isEqualTo("Q5");
            assertThat(t.text()).isEqualTo("休息区很干净");
        });

        JsonNode api = ApiClient.ok(
                this.api.get("manager", "/api/v1/surveys/questionnaires/" + code + "/results?month=2034-06"));
        assertThat(new BigDecimal(api.get("dealer").get("score").asString())).isEqualByComparingTo("59.7");
        assertThat(this.api.get("manager", "/api/v1/surveys/questionnaires/CSI/results?month=2034-06"))
                .hasStatus(400);
        assertThat(this.api.get("relations", "/api/v1/surveys/questionnaires/" + code + "/results"))
                .hasStatus(403);

        MockHttpSession manager = DemoAccounts.signIn(mvc, "manager");
        assertThat(mvc.get()
                        .uri("/surveys/questionnaires/" + code + "/results?month=2034-06")
                        .session(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("问卷结果：保养回访问卷", "59.7", "37.5", "休息区很干净", "是: 1", "张伟");
        assertThat(mvc.get()
                        .uri("/surveys/questionnaires/" + code + "/results?month=2034-06&lang=en")
                        .session(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Questionnaire results: Service follow-up questionnaire", "Yes: 1");
        assertThat(mvc.get()
                        .uri("/surveys/results?month=2034-06")
                        .session(manager)
                        .exchange())
                .as("the month's results lead to the written questionnaire's own, for the same month")
                .hasStatusOk()
                .bodyText()
                .contains("/surveys/questionnaires/" + code + "/results?month=2034-06", "保养回访问卷");
    }

    /**
     * August 2034: a scale from 0 to 10 and a reverse-coded one from 0 to 4. Customer A: 7 → 7 / 10 × 100 = 70; 1 on
     * the reversed, satisfaction 0 + 4 − 1 = 3 → 75. Customer B: 0 → 0; 4 on the reversed, satisfaction 0 → 0. Score
     * (70 + 75 + 0 + 0) / 4 = 36.25 → 36.3. An 11, or a −1, is off the scale and refused, naming the scale's ends.
     */
    @Test
    void aScaleFromZeroIsCheckedAndNormalisedByItsOwnLowestAndHighestPoints() {
        ((TestClock) clock).set(LocalDate.of(2034, 8, 5), 10, 0, ZoneId.of("Asia/Shanghai"));
        String code = SurveyFixtures.code("ZERO");
        String body = """
                {"code":"%s","nameZh":"推荐度","nameEn":"Recommendation","questions":[
                 {"key":"NPS","kind":"SCALE","textZh":"您有多大可能推荐我们？","textEn":"How likely are you to recommend us?",
                  "scaleMin":0,"scaleMax":10,"lowZh":"不可能","lowEn":"Not at all","highZh":"极有可能",
                  "highEn":"Extremely likely","required":true},
                 {"key":"WAIT","kind":"SCALE","textZh":"等待时间太长","textEn":"The wait was too long","scaleMin":0,
                  "scaleMax":4,"lowZh":"不同意","lowEn":"Disagree","highZh":"同意","highEn":"Agree","required":true,
                  "reverse":true}]}""".formatted(code);
        JsonNode created = ApiClient.body(api.post("manager", "/api/v1/surveys/questionnaires", body));
        assertThat(created.get("questions").get(0).get("scaleMin").asInt()).isZero();
        Questionnaire questionnaire = fixtures.asManager(() -> questionnaires.get(code));
        assertThat(questionnaire.questions().get(0).points())
                .hasSize(11)
                .startsWith(0)
                .endsWith(10);

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> AnswerRules.check(
                questionnaire, List.of(score("NPS", 11), score("WAIT", -1)), java.util.Locale.ENGLISH));
        assertThat(((shinrai.shared.InvalidInput) refused).violations())
                .extracting(shinrai.shared.BusinessRuleViolation::field)
                .containsExactly("answers.NPS.score", "answers.WAIT.score");
        assertThat(((shinrai.shared.InvalidInput) refused).violations().get(0).arguments())
                .endsWith(10, 0);

        fixtures.asManager(() -> settings.choose(code));
        try {
            fixtures.answeredOnCall(List.of(score("NPS", 7), score("WAIT", 1)));
            fixtures.answeredOnCall(List.of(score("NPS", 0), score("WAIT", 4)));
        } finally {
            fixtures.asManager(() -> settings.choose("CSI"));
        }
        WrittenResults.QuestionnaireMonth month =
                fixtures.asManager(() -> results.dealerMonth(questionnaire, YearMonth.of(2034, 8)));
        assertThat(month.dealer().score()).isEqualByComparingTo("36.3");
        assertThat(month.questions().get(0).mean()).isEqualByComparingTo("35.0");
        assertThat(month.questions().get(0).points()).isEqualByComparingTo("3.50");
        assertThat(month.questions().get(1).mean()).isEqualByComparingTo("37.5");
    }

    @Test
    void theManagerWritesAQuestionnaireOnThePageAddingQuestionsAndPreviewsItBeforeSavingIt() {
        MockHttpSession manager = DemoAccounts.signIn(mvc, "manager");
        String code = SurveyFixtures.code("PAGE");
        assertThat(mvc.get().uri("/surveys/questionnaires/new").session(manager).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("编写本店问卷", "write-question-0", "add-choice");

        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("code", code.toLowerCase(java.util.Locale.ROOT));
        form.put("nameZh", "交车体验");
        form.put("nameEn", "Pick-up experience");
        form.put("questions[0].kind", "SCALE");
        form.put("questions[0].textZh", "交车说明清楚吗？");
        form.put("questions[0].textEn", "");
        form.put("questions[0].scaleMax", "5");
        form.put("questions[0].lowZh", "很不清楚");
        form.put("questions[0].lowEn", "Not clear at all");
        form.put("questions[0].highZh", "非常清楚");
        form.put("questions[0].highEn", "Very clear");
        form.put("questions[0].required", "on");
        assertThat(post(manager, "/surveys/questionnaires/new", form, "add:CHOICE"))
                .hasStatusOk()
                .bodyText()
                .contains("write-question-1", "q1-o1-labelZh");

        form.put("questions[1].kind", "CHOICE");
        form.put("questions[1].textZh", "您会再来吗？");
        form.put("questions[1].textEn", "Will you come back?");
        form.put("questions[1].options[0].labelZh", "会");
        form.put("questions[1].options[0].labelEn", "Yes");
        form.put("questions[1].options[1].labelZh", "");
        form.put("questions[1].options[1].labelEn", "");
        assertThat(post(manager, "/surveys/questionnaires/new", form, "preview"))
                .hasStatusOk()
                .bodyText()
                .contains("第 1 题 · 题目（英文）：请填写此项。", "第 2 题 · 选项：单选题须有 2 到 10 个选项。")
                .doesNotContain("save-questionnaire");
        assertThat(post(manager, "/surveys/questionnaires/new?lang=en", form, "preview"))
                .bodyText()
                .contains("Question 1 · Question (English): Fill this in.");

        form.put("questions[0].textEn", "Was the pick-up explained clearly?");
        form.put("questions[0].reverse", "on");
        form.put("questions[1].options[1].labelZh", "不会");
        form.put("questions[1].options[1].labelEn", "No");
        assertThat(post(manager, "/surveys/questionnaires/new", form, "preview"))
                .hasStatusOk()
                .bodyText()
                .contains("questionnaire-preview", "save-questionnaire", "交车说明清楚吗？", "不会");
        assertThat(post(manager, "/surveys/questionnaires/new", form, "save")).hasRedirectedUrl("/surveys/settings");

        Questionnaire saved = fixtures.asManager(() -> questionnaires.get(code));
        assertThat(saved.scoring()).isEqualTo(Scoring.OWN);
        assertThat(saved.questions()).hasSize(2);
        assertThat(saved.questions().get(0).key()).isEqualTo("Q1");
        assertThat(saved.questions().get(0).reverse()).isTrue();
        assertThat(saved.questions().get(0).scaleMax()).isEqualTo(5);
        assertThat(saved.questions().get(1).options())
                .extracting(Question.Option::key)
                .containsExactly("O1", "O2");
        assertThat(post(manager, "/surveys/questionnaires/new", form, "preview"))
                .bodyText()
                .contains("问卷代码：本店已有代码为 " + code + " 的问卷。");
        MockHttpSession relations = DemoAccounts.signIn(mvc, "relations");
        assertThat(mvc.get()
                        .uri("/surveys/questionnaires/new")
                        .session(relations)
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void theApiRefusesWhatThePageRefusesNamingTheSameFields() {
        String body = SurveyFixtures.questionnaireJson(SurveyFixtures.code("BROKEN"))
                .replace("\"textEn\":\"How satisfied are you overall?\"", "\"textEn\":\" \"")
                .replace("\"scaleMax\":10", "\"scaleMax\":11");
        MvcTestResult refused = api.post("manager", "/api/v1/surveys/questionnaires", body);
        assertThat(refused).hasStatus(400);
        assertThat(ApiClient.body(refused).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("questions[0].textEn", "questions[2].scaleMax");
    }

    MvcTestResult post(MockHttpSession session, String path, Map<String, String> form, String action) {
        var request = mvc.post().uri(path).session(session).with(csrf()).param("action", action);
        form.forEach(request::param);
        return request.exchange();
    }
}
