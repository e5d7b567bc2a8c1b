package shinrai.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.CustomersWithCars;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.followup.FollowUpCallId;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleId;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderOpening;
import shinrai.workshop.WorkshopFixtures;

/**
 * Surveys taken as the demo dealer's people take them: a delivered car's follow-up call answered by the relations
 * agent, the manager's and the network analyst's scopes, and a questionnaire written the way the API takes it.
 */
final class SurveyFixtures {

    private static final AtomicInteger CARS = new AtomicInteger();

    private final WorkshopFixtures workshop;
    private final Surveys surveys;
    private final SurveyResponses responses;
    private final CustomersWithCars cars;
    private final JdbcClient owner;
    private final Clock clock;

    SurveyFixtures(
            WorkshopFixtures workshop,
            Surveys surveys,
            SurveyResponses responses,
            CustomersWithCars cars,
            DataSource owner,
            Clock clock) {
        this.workshop = workshop;
        this.surveys = surveys;
        this.responses = responses;
        this.cars = cars;
        this.owner = JdbcClient.create(owner);
        this.clock = clock;
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

    /**
     * D002 has no workshop staff to repair a car: its advisor opens an order, and the customer's answers to the
     * questionnaire are stored as given on the public page in that month.
     */
    void answeredAtD002(Questionnaire questionnaire, LocalDate month, List<AnswerGiven> answers) {
        long advisor = owner.sql("SELECT id FROM dealer.user_account WHERE username = 'd2.advisor'")
                .query(Long.class)
                .single();
        DealerScope d2 = new DealerScope(advisor, "d2.advisor", 2L, null);
        int unique = (int) ((System.nanoTime() / 1000 + CARS.incrementAndGet()) % 1_000_000);
        CustomersWithCars.Registered car = cars.register(
                d2,
                "孙问卷",
                null,
                String.format("1973%07d", unique),
                "",
                String.format("LFMB12340NS%06d", unique),
                String.format("浙B%05d", unique % 100_000));
        RepairOrder order = d2.call(() -> workshop.workshop()
                .open(new RepairOrderOpening(
                        new CustomerId(car.customerId()),
                        new VehicleId(car.vehicleId()),
                        new StaffId(advisor),
                        null,
                        "保养",
                        10_000)));
        d2.run(() -> responses
                .insert(
                        new SurveyResponses.NewResponse(
                                questionnaire.code(),
                                questionnaire.scoring(),
                                order.id().value(),
                                order.number(),
                                car.customerId(),
                                advisor,
                                List.of(),
                                null,
                                SurveyResponse.Channel.PAGE,
                                null,
                                clock.instant()),
                        month,
                        AnswerRules.check(questionnaire, answers, Locale.SIMPLIFIED_CHINESE))
                .orElseThrow());
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
