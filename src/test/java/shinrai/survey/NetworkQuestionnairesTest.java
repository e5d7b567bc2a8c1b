package shinrai.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static shinrai.survey.SurveyFixtures.choice;
import static shinrai.survey.SurveyFixtures.score;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.TestClock;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;
import tools.jackson.databind.JsonNode;

/**
 * The network's own questionnaires: written by its analyst for all its dealers, chosen by a dealer's manager and asked
 * on its calls like the dealer's own, scored dealer by dealer side by side, retired but never removed; read by no
 * dealer of another network and written by no dealer, through the API and in raw SQL under row-level security.
 */
@ApplicationTest
class NetworkQuestionnairesTest {

    static final String NETWORK_QUESTIONNAIRES = "/api/v1/network/surveys/questionnaires";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Workshop workshop;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    Staff staff;

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
    SurveyResponses responses;

    @Autowired
    WrittenResults results;

    SurveyFixtures fixtures;
    ApiClient api;
    JdbcClient runtime;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(
                new WorkshopFixtures(workshop, customers, vehicles, app, clock),
                surveys,
                responses,
                new shinrai.CustomersWithCars(customers, vehicles),
                owner,
                clock);
        api = new ApiClient(mvc);
        runtime = JdbcClient.create(app);
    }

    /**
     * July 2034, worked by hand. D001's customer, asked on the call: overall 4 of 5 → 75; "I waited too long" 1,
     * reverse-coded → satisfaction 5 → 100; recommend 7 of 10 → 66.67; on time: yes. D001 scores (75 + 100 + 66.67)
     * / 3 = 80.56 → 80.6. D002's customer: overall 2 → 25; waited 4 → satisfaction 2 → 25; recommend 1 → 0; on time:
     * no. D002 scores 16.67 → 16.7.
     */
    @Test
    void theNetworksQuestionnaireIsAskedAtItsDealersAndScoredSideBySideThenRetiredButKept() {
        ((TestClock) clock).set(LocalDate.of(2034, 7, 8), 10, 0, ZoneId.of("Asia/Shanghai"));
        String code = SurveyFixtures.code("BRAND");
        MvcTestResult written = api.post("network", NETWORK_QUESTIONNAIRES, SurveyFixtures.questionnaireJson(code));
        assertThat(written).hasStatus(201);
        assertThat(ApiClient.body(written).get("scoring").asString()).isEqualTo("NETWORK");
        assertThat(ApiClient.ok(api.get("manager", "/api/v1/surveys/questionnaires"))
                        .findValuesAsString("code"))
                .contains(code);

        fixtures.asManager(() -> settings.choose(code));
        try {
            SurveyResponse asked = fixtures.answeredOnCall(
                    List.of(score("Q1", 4), score("Q2", 1), score("Q3", 7), choice("Q4", "O1")));
            assertThat(asked.scoring()).isEqualTo(Scoring.NETWORK);
            assertThat(asked.questionnaire()).isEqualTo(code);
        } finally {
            fixtures.asManager(() -> settings.choose("CSI"));
        }
        fixtures.answeredAtD002(
                fixtures.networkAnalyst().call(() -> questionnaires.getOfNetwork(code)),
                LocalDate.of(2034, 7, 1),
                List.of(score("Q1", 2), score("Q2", 4), score("Q3", 1), choice("Q4", "O2")));

        YearMonth july = YearMonth.of(2034, 7);
        List<WrittenResults.DealerColumn> side =
                fixtures.networkAnalyst().call(() -> results.network(questionnaires.getOfNetwork(code), july));
        assertThat(side).extracting(WrittenResults.DealerColumn::code).containsExactly("D001", "D002");
        assertThat(side.get(0).score().score()).isEqualByComparingTo("80.6");
        assertThat(side.get(0).questions().get("Q2").mean()).isEqualByComparingTo("100.0");
        assertThat(side.get(1).score().score()).isEqualByComparingTo("16.7");
        assertThat(side.get(1).questions().get("Q4").choices())
                .containsEntry("O1", 0L)
                .containsEntry("O2", 1L);
        JsonNode byApi =
                ApiClient.ok(api.get("network", NETWORK_QUESTIONNAIRES + "/" + code + "/results?month=2034-07"));
        assertThat(byApi.findValuesAsString("code")).containsExactly("D001", "D002");
        MockHttpSession analyst = DemoAccounts.signIn(mvc, "network");
        assertThat(mvc.get()
                        .uri("/surveys/network/questionnaires/" + code + "/results?month=2034-07")
                        .session(analyst)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("80.6", "16.7", "network-written-D002");
        assertThat(mvc.get()
                        .uri("/surveys/network/questionnaires")
                        .session(analyst)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("保养回访问卷", "retire-" + code);
        assertThat(mvc.get()
                        .uri("/surveys/network/questionnaires/new?lang=en")
                        .session(analyst)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Write a network questionnaire");

        fixtures.asManager(() -> settings.choose(code));
        try {
            assertThat(ApiClient.body(api.post("network", NETWORK_QUESTIONNAIRES + "/" + code + "/retire", ""))
                            .get("retired")
                            .asBoolean())
                    .isTrue();
            assertThat(fixtures.asManager(() -> surveys.active().code()))
                    .as("a retired questionnaire is no longer asked")
                    .isEqualTo("CSI");
            assertThat(ApiClient.ok(api.get("manager", "/api/v1/surveys/questionnaires"))
                            .findValuesAsString("code"))
                    .doesNotContain(code);
            assertThat(mvc.get()
                            .uri("/surveys/settings")
                            .session(DemoAccounts.signIn(mvc, "manager"))
                            .exchange())
                    .as("the settings say the calls ask CSI")
                    .bodyText()
                    .doesNotContain("choose-CSI\"", code);
            assertThat(api.put(
                            "manager",
                            "/api/v1/surveys/settings",
                            "{\"questionnaire\":\"" + code + "\",\"weights\":{\"initiation\":17,\"advisor\":18,"
                                    + "\"facility\":21,\"pickUp\":20,\"quality\":24}}"))
                    .hasStatus(400);
        } finally {
            fixtures.asManager(() -> settings.choose("CSI"));
        }
        assertThat(fixtures.networkAnalyst()
                        .call(() -> results.network(questionnaires.getOfNetwork(code), july))
                        .get(0)
                        .score()
                        .score())
                .as("its responses are kept")
                .isEqualByComparingTo("80.6");
        assertThat(JdbcClient.create(owner)
                        .sql("SELECT count(*) FROM survey.network_questionnaire WHERE code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCodeIsUsedOnceAcrossTheNetworkAndItsDealers() {
        String dealers = SurveyFixtures.code("MINE");
        assertThat(api.post("manager", "/api/v1/surveys/questionnaires", SurveyFixtures.questionnaireJson(dealers)))
                .hasStatus(201);
        MvcTestResult taken = api.post("network", NETWORK_QUESTIONNAIRES, SurveyFixtures.questionnaireJson(dealers));
        assertThat(taken).hasStatus(400);
        assertThat(ApiClient.body(taken).get("errors").findValuesAsString("field"))
                .containsExactly("code");

        String networks = SurveyFixtures.code("OURS");
        assertThat(api.post("network", NETWORK_QUESTIONNAIRES, SurveyFixtures.questionnaireJson(networks)))
                .hasStatus(201);
        assertThat(api.post("d2.admin", "/api/v1/surveys/questionnaires", SurveyFixtures.questionnaireJson(networks)))
                .as("D002 has no SURVEY_MANAGE")
                .hasStatus(403);
        assertThat(api.post("manager", "/api/v1/surveys/questionnaires", SurveyFixtures.questionnaireJson(networks)))
                .hasStatus(400);
    }

    @Test
    void noDealerWritesANetworkQuestionnaireByTheApiOrInRawSql() {
        String code = SurveyFixtures.code("GUARDED");
        assertThat(api.post("network", NETWORK_QUESTIONNAIRES, SurveyFixtures.questionnaireJson(code)))
                .hasStatus(201);
        assertThat(api.post("manager", NETWORK_QUESTIONNAIRES, SurveyFixtures.questionnaireJson(code + "X")))
                .hasStatus(403);
        assertThat(api.post("manager", NETWORK_QUESTIONNAIRES + "/" + code + "/retire", ""))
                .hasStatus(403);
        assertThat(api.get("manager", NETWORK_QUESTIONNAIRES)).hasStatus(403);
        assertThatThrownByAsManager(
                () -> questionnaires.createForNetwork(new NewQuestionnaire(code + "Y", "x", "x", List.of())));

        long network = network();
        DealerScope manager = fixtures.workshop().as("manager");
        manager.run(() -> {
            assertThat(runtime.sql("SELECT count(*) FROM survey.network_questionnaire WHERE code = :code")
                            .param("code", code)
                            .query(Long.class)
                            .single())
                    .as("a dealer of the network reads it")
                    .isEqualTo(1);
            assertThat(refusal("INSERT INTO survey.network_questionnaire (network_id, code, name_zh, name_en,"
                            + " questions, created_by, created_at) VALUES (" + network + ", 'PLANTED', 'x', 'x',"
                            + " '[]', " + fixtures.workshop().staffId("manager").value() + ", now())"))
                    .contains("row-level security");
            assertThat(runtime.sql("UPDATE survey.network_questionnaire SET retired_at = now(), retired_by = "
                                    + fixtures.workshop().staffId("manager").value() + " WHERE code = :code")
                            .param("code", code)
                            .update())
                    .as("a dealer retires nothing")
                    .isZero();
            assertThat(refusal("DELETE FROM survey.network_questionnaire")).contains("permission denied");
            assertThat(refusal("UPDATE survey.network_questionnaire SET name_zh = 'x'"))
                    .contains("permission denied");
        });
        fixtures.networkAnalyst().run(() -> {
            assertThat(refusal("DELETE FROM survey.network_questionnaire")).contains("permission denied");
            assertThat(refusal("INSERT INTO survey.network_questionnaire (network_id, code, name_zh, name_en,"
                            + " questions, created_by, created_at) VALUES (" + (network + 1000) + ", 'PLANTED', 'x',"
                            + " 'x', '[]', " + fixtures.networkAnalyst().userId() + ", now())"))
                    .as("not into another network")
                    .contains("row-level security");
        });
        assertThat(JdbcClient.create(owner)
                        .sql("SELECT retired_at IS NULL FROM survey.network_questionnaire WHERE code = :code")
                        .param("code", code)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aDealerOfAnotherNetworkCannotReadTheNetworksQuestionnaire() {
        String code = SurveyFixtures.code("PRIVATE");
        assertThat(api.post("network", NETWORK_QUESTIONNAIRES, SurveyFixtures.questionnaireJson(code)))
                .hasStatus(201);
        JdbcClient owners = JdbcClient.create(owner);
        owners.sql("INSERT INTO dealer.network (code, name) VALUES ('OTHER-BRAND', '别的品牌网络') ON CONFLICT DO NOTHING")
                .update();
        long otherNetwork = owners.sql("SELECT id FROM dealer.network WHERE code = 'OTHER-BRAND'")
                .query(Long.class)
                .single();
        long dealer = owners.sql("""
                        INSERT INTO dealer.dealer (network_id, code, name, labour_rate)
                        VALUES (:network, :code, '别家门店', 300) RETURNING id""")
                .param("network", otherNetwork)
                .param("code", "OB" + (System.nanoTime() % 100_000))
                .query(Long.class)
                .single();
        String username = "survey" + dealer;
        String password = "other-brand-" + dealer + "-Ab";
        DealerScope.systemFor(dealer)
                .run(() -> staff.hire(
                        new Staff.NewStaffMember(username, "别家经理", password, java.util.Set.of(Role.SERVICE_MANAGER))));

        String bearer = "Bearer " + token(username, password);
        assertThat(mvc.get()
                        .uri("/api/v1/surveys/questionnaires/" + code)
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/surveys/questionnaires")
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain(code);
        assertThat(mvc.put()
                        .uri("/api/v1/surveys/settings")
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"questionnaire\":\"" + code + "\",\"weights\":{\"initiation\":17,\"advisor\":18,"
                                + "\"facility\":21,\"pickUp\":20,\"quality\":24}}")
                        .exchange())
                .as("nor choose it")
                .hasStatus(400);
        DealerScope.systemFor(dealer)
                .run(() -> assertThat(runtime.sql("SELECT count(*) FROM survey.network_questionnaire")
                                .query(Long.class)
                                .single())
                        .isZero());
        new DealerScope(null, "other", null, otherNetwork)
                .run(() -> assertThat(runtime.sql("SELECT count(*) FROM survey.network_questionnaire")
                                .query(Long.class)
                                .single())
                        .isZero());
        DealerScope.NONE.run(() -> assertThat(runtime.sql("SELECT count(*) FROM survey.network_questionnaire")
                        .query(Long.class)
                        .single())
                .isZero());
    }

    // ---- set-up ----

    void assertThatThrownByAsManager(Runnable work) {
        assertThat(catchThrowable(() -> fixtures.workshop().as("manager").run(work)))
                .isInstanceOf(SurveyRefused.class);
    }

    long network() {
        return JdbcClient.create(owner)
                .sql("SELECT network_id FROM dealer.dealer WHERE id = 1")
                .query(Long.class)
                .single();
    }

    String refusal(String sql) {
        Throwable refused = catchThrowable(() -> runtime.sql(sql).update());
        assertThat(refused).as("refused: %s", sql).isInstanceOf(DataAccessException.class);
        return ((DataAccessException) refused).getMostSpecificCause().getMessage();
    }

    String token(String username, String password) {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .exchange();
        assertThat(result).hasStatusOk();
        return ApiClient.body(result).get("token").asString();
    }
}
