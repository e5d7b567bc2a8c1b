package shinrai.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.TestClock;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/** The CSI weights a dealer sets hold from the month they are set in: the months before keep their scores. */
@ApplicationTest
class CsiWeightsByMonthTest {

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

    SurveyFixtures fixtures;

    @BeforeEach
    void fixtures(@Autowired SurveyResponses responses) {
        fixtures = new SurveyFixtures(
                new WorkshopFixtures(workshop, customers, vehicles, app, clock),
                surveys,
                responses,
                new shinrai.CustomersWithCars(customers, vehicles),
                owner,
                clock);
    }

    /**
     * January and February 2035 at D001 each get the two CSI customers of {@code SurveysTest}'s March, worked by hand
     * there: factor means 83.33 / 66.67 / 66.67 / 83.33 / 66.67, so 72.8 with the default weights (17/18/21/20/24) and
     * 73.3 with 20 each. The manager sets 20 each in February: February is 73.3, January stays 72.8, on the page of
     * the month, in the twelve months' trend and side by side for the network.
     */
    @Test
    void weightsChangedInFebruaryScoreFebruaryOnAndLeaveJanuaryAsItWas() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        YearMonth january = YearMonth.of(2035, 1);
        YearMonth february = YearMonth.of(2035, 2);
        ((TestClock) clock).set(LocalDate.of(2035, 1, 20), 10, 0, shanghai);
        fixtures.asManager(() -> settings.weigh(CsiWeights.DEFAULT));
        answerTwoCsiSurveys();
        assertThat(fixtures.asManager(() -> results.dealerMonth(january))
                        .dealer()
                        .index())
                .isEqualByComparingTo("72.8");

        ((TestClock) clock).set(LocalDate.of(2035, 2, 3), 9, 0, shanghai);
        answerTwoCsiSurveys();
        try {
            fixtures.asManager(() -> settings.weigh(new CsiWeights(20, 20, 20, 20, 20)));

            SurveyResults.DealerMonth januaryNow = fixtures.asManager(() -> results.dealerMonth(january));
            SurveyResults.DealerMonth februaryNow = fixtures.asManager(() -> results.dealerMonth(february));
            assertThat(januaryNow.dealer().index()).isEqualByComparingTo("72.8");
            assertThat(januaryNow.weights()).containsEntry("QUALITY", 24);
            assertThat(februaryNow.dealer().index()).isEqualByComparingTo("73.3");
            assertThat(februaryNow.weights()).containsEntry("QUALITY", 20);
            assertThat(februaryNow.advisors().get(0).index()).isEqualByComparingTo("73.3");
            List<SurveyResults.MonthIndex> trend = fixtures.asManager(() -> results.trend(february));
            assertThat(trend.get(trend.size() - 2).index()).isEqualByComparingTo("72.8");
            assertThat(trend.get(trend.size() - 1).index()).isEqualByComparingTo("73.3");
            List<SurveyResults.DealerSideBySide> network =
                    fixtures.networkAnalyst().call(() -> results.network(january));
            assertThat(network.get(0).csi().index()).isEqualByComparingTo("72.8");
            assertThat(fixtures.asManager(() -> settings.current().weights()))
                    .isEqualTo(new CsiWeights(20, 20, 20, 20, 20));

            fixtures.asManager(() -> settings.weigh(new CsiWeights(10, 10, 10, 10, 60)));
            assertThat(fixtures.asManager(() -> settings.weightsIn(february)))
                    .as("the last change within a month is the month's")
                    .isEqualTo(new CsiWeights(10, 10, 10, 10, 60));
            assertThat(fixtures.asManager(() -> settings.weightsIn(january))).isEqualTo(CsiWeights.DEFAULT);
        } finally {
            fixtures.asManager(() -> settings.weigh(CsiWeights.DEFAULT));
        }
    }

    void answerTwoCsiSurveys() {
        fixtures.answeredOnCall(SurveysTest.csi(10, 7, 10, 7, 10));
        fixtures.answeredOnCall(SurveysTest.csi(7, 7, 4, 10, 4));
    }
}
