package shinrai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;
import shinrai.survey.SurveyAnswered;
import shinrai.survey.SurveyResponseId;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Handover;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderDelivered;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/**
 * D001 runs on the default rule: any survey answer's satisfaction at 2 or under, or a delivery rating of 2 or under,
 * opens one complaint, linked to the repair order (and the survey response), with the customer's free-text answers
 * as their words. The survey is published here as the survey module will publish it: in the transaction that stores
 * the answers, in the dealer's scope.
 */
@ApplicationTest
class DissatisfactionOpensComplaintsTest {

    @Autowired
    ComplaintDesk desk;

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
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    WorkshopFixtures fixtures;
    ComplaintFixtures complaints;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        complaints = new ComplaintFixtures(desk, fixtures, JdbcClient.create(owner));
    }

    @Test
    void aLowScoreOpensExactlyOneComplaintAlsoWhenTheAnswersAreAnnouncedTwice() {
        RepairOrder order = fixtures.delivered();
        long response = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        SurveyAnswered answered = answered(
                response,
                order,
                List.of(
                        new SurveyAnswered.Answer("advisor", 4, 5, 4, null, null),
                        new SurveyAnswered.Answer("waitingTime", 2, 5, 2, null, null),
                        new SurveyAnswered.Answer("comments", null, null, null, null, "等了三个小时，没人告诉我进度")));

        publish(answered);
        publish(answered);

        assertThat(complaints.fromSurvey(response)).isEqualTo(1);
        Complaint complaint = fixtures.as("manager")
                .call(() -> desk
                        .search(new ComplaintFilter(
                                ComplaintFilter.View.ALL, null, null, null, null, null, order.customer()))
                        .stream()
                        .filter(c -> Long.valueOf(response).equals(c.surveyResponse()))
                        .findFirst()
                        .orElseThrow());
        assertThat(complaint.source()).isEqualTo(ComplaintSource.FOLLOW_UP);
        assertThat(complaint.repairOrder()).isEqualTo(order.id());
        assertThat(complaint.vehicle()).isEqualTo(order.vehicle());
        assertThat(complaint.customerWords()).isEqualTo("等了三个小时，没人告诉我进度");
        assertThat(complaint.surveyDetail()).isEqualTo("CSI · waitingTime 2/5");
        assertThat(complaint.owner()).as("the agent who took the answers").isEqualTo(fixtures.staffId("relations"));
        assertThat(complaint.openedBy()).as("the dealer's rule").isNull();
        assertThat(complaints.timeline(complaint)).containsExactly("timeline.complaint.OPENED");
    }

    @Test
    void aContentCustomerOpensNoComplaint() {
        RepairOrder order = fixtures.delivered();
        long response = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);

        publish(answered(response, order, List.of(new SurveyAnswered.Answer("advisor", 3, 5, 3, null, "还行"))));

        assertThat(complaints.fromSurvey(response)).isZero();
    }

    @Test
    void aLowDeliveryRatingOpensExactlyOneComplaintAboutTheWorkAlsoWhenTheDeliveryIsAnnouncedAgain() {
        RepairOrder checked = fixtures.passedFinalCheck();
        RepairOrder order = fixtures.as("advisor").call(() -> {
            RepairOrder cleaned = workshop.recordCleanUp(checked.id(), checked.version(), true, true);
            return workshop.deliver(cleaned.id(), cleaned.version(), new Handover(true, true, 4, 1));
        });
        assertThat(complaints.fromDelivery(order)).isEqualTo(1);

        RepairOrderDelivered again = new RepairOrderDelivered(
                1,
                order.id(),
                order.number(),
                order.customer(),
                order.vehicle(),
                order.advisor(),
                4,
                1,
                clock.instant());
        DealerScope.systemFor(1).run(() -> transactions.executeWithoutResult(status -> events.publishEvent(again)));

        assertThat(complaints.fromDelivery(order)).isEqualTo(1);
        Complaint complaint = fixtures.as("manager")
                .call(() -> desk
                        .search(new ComplaintFilter(
                                ComplaintFilter.View.ALL, null, null, null, null, null, order.customer()))
                        .stream()
                        .filter(c -> order.id().equals(c.deliveryOf()))
                        .findFirst()
                        .orElseThrow());
        assertThat(complaint.category()).isEqualTo(ComplaintCategory.REPAIR_QUALITY);
        assertThat(complaint.technicianRating()).isEqualTo(1);
        assertThat(complaint.repairOrder()).isEqualTo(order.id());
    }

    @Test
    void aWellRatedDeliveryOpensNone() {
        RepairOrder order = fixtures.delivered();
        assertThat(complaints.fromDelivery(order)).isZero();
    }

    SurveyAnswered answered(long response, RepairOrder order, List<SurveyAnswered.Answer> answers) {
        return new SurveyAnswered(
                1,
                new SurveyResponseId(response),
                order.id(),
                order.customer(),
                "CSI",
                fixtures.staffId("relations"),
                answers,
                clock.instant());
    }

    void publish(SurveyAnswered answered) {
        DealerScope.systemFor(1).run(() -> transactions.executeWithoutResult(status -> events.publishEvent(answered)));
    }
}
