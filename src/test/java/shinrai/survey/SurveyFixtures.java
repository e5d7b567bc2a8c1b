package shinrai.survey;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.followup.FollowUpCallId;
import shinrai.shared.DealerScope;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.WorkshopFixtures;

/**
 * Surveys taken as the demo dealer's people take them: a delivered car's follow-up call answered by the relations
 * agent, the manager's and the network analyst's scopes, and a questionnaire written the way the API takes it.
 */
final class SurveyFixtures {

    private final WorkshopFixtures workshop;
    private final Surveys surveys;
    private final JdbcClient owner;

    SurveyFixtures(WorkshopFixtures workshop, Surveys surveys, DataSource owner) {
        this.workshop = workshop;
        this.surveys = surveys;
        this.owner = JdbcClient.create(owner);
    }

    WorkshopFixtures workshop() {
        return workshop;
    }

    /** A car delivered at D001 whose follow-up call the agent takes with these answers. */
    SurveyResponse answeredOnCall(List<AnswerGiven> answers) {
        RepairOrder order = workshop.delivered();
        Map<String, Object> call = owner.sql(
                        "SELECT id, version FROM followup.call_task" + " WHERE dealer_id = 1 AND repair_order_id = :o")
                .param("o", order.id().value())
                .query()
                .singleRow();
        return workshop.as("relations")
                .call(() -> surveys.recordForCall(
                        new FollowUpCallId(((Number) call.get("id")).longValue()),
                        ((Number) call.get("version")).intValue(),
                        answers,
                        ""));
    }

    <T> T asManager(Supplier<T> work) {
        return workshop.as("manager").call(work);
    }

    /** The demo network's analyst: no dealer, the network of D001 and D002. */
    DealerScope networkAnalyst() {
        Map<String, Object> network = owner.sql(
                        "SELECT u.id, u.network_id FROM dealer.user_account u" + " WHERE u.username = 'network'")
                .query()
                .singleRow();
        return new DealerScope(
                ((Number) network.get("id")).longValue(),
                "network",
                null,
                ((Number) network.get("network_id")).longValue());
    }

    /** A code no earlier run of the suite used. */
    static String code(String prefix) {
        return prefix + "_" + (System.nanoTime() / 1000 % 100_000_000);
    }

    static AnswerGiven score(String question, int score) {
        return new AnswerGiven(question, score, null, null, null);
    }

    static AnswerGiven choice(String question, String option) {
        return new AnswerGiven(question, null, null, option, null);
    }

    static AnswerGiven text(String question, String words) {
        return new AnswerGiven(question, null, null, null, words);
    }

    /**
     * The questionnaire both test classes write: 1. overall satisfaction on 1–5; 2. "I waited too long" on 1–5,
     * reverse-coded; 3. recommend us on 1–10; 4. a choice (O1 yes, O2 no); 5. a free text, optional.
     */
    static String questionnaireJson(String code) {
        return """
                {"code":"%s","nameZh":"保养回访问卷","nameEn":"Service follow-up questionnaire","questions":[
                 {"key":"Q1","kind":"SCALE","textZh":"您对本次保养总体满意吗？","textEn":"How satisfied are you overall?",
                  "scaleMax":5,"lowZh":"很不满意","lowEn":"Very dissatisfied","highZh":"非常满意","highEn":"Very satisfied",
                  "required":true},
                 {"key":"Q2","kind":"SCALE","textZh":"我等得太久了","textEn":"I waited too long","scaleMax":5,
                  "lowZh":"完全不同意","lowEn":"Strongly disagree","highZh":"完全同意","highEn":"Strongly agree",
                  "required":true,"reverse":true},
                 {"key":"Q3","kind":"SCALE","textZh":"您会向朋友推荐我们吗？","textEn":"Would you recommend us?",
                  "scaleMax":10,"lowZh":"不会","lowEn":"Not at all","highZh":"一定会","highEn":"Certainly",
                  "required":true},
                 {"key":"Q4","kind":"CHOICE","textZh":"车辆是否按时交付？","textEn":"Was the car ready on time?",
                  "required":true,"options":[{"key":"O1","labelZh":"是","labelEn":"Yes"},
                                             {"key":"O2","labelZh":"否","labelEn":"No"}]},
                 {"key":"Q5","kind":"TEXT","textZh":"还有什么想告诉我们的？","textEn":"Anything else?","maxLength":500}
                ]}""".formatted(code);
    }
}
