package shinrai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.TestClock;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/**
 * A complaint's course at the demo dealer D001, as its staff work it: the advisor takes it at the counter, the
 * relations agent 黄敏 owns it, the service manager approves goodwill above the dealer's limit (500 yuan by default).
 */
@ApplicationTest
class ComplaintCourseTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
    TestClock testClock;

    WorkshopFixtures fixtures;
    ComplaintFixtures complaints;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        complaints = new ComplaintFixtures(desk, fixtures, JdbcClient.create(owner));
    }

    @Test
    void aComplaintIsAnsweredResolvedConfirmedByTheCustomerClosedAndReopenedWithItsStoryOnTheTimeline() {
        testClock.set(LocalDate.of(2026, 12, 9), 10, 0, SHANGHAI);
        Complaint opened = complaints.opened(Severity.HIGH);
        ComplaintId id = Objects.requireNonNull(opened.id());

        assertThat(opened.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(opened.owner()).isEqualTo(fixtures.staffId("relations"));
        assertThat(opened.vehicle()).as("the order's car").isNotNull();
        assertThat(opened.respondBy())
                .as("high: 4 hours")
                .isEqualTo(opened.openedAt().plus(Duration.ofHours(4)));
        assertThat(opened.resolveBy())
                .as("high: 3 days")
                .isEqualTo(opened.openedAt().plus(Duration.ofDays(3)));
        assertThat(opened.steps()).extracting(Step::kind).containsExactly(StepKind.OPENED, StepKind.ASSIGNED);

        Complaint answered = complaints.as(
                "relations", () -> desk.respond(id, opened.version(), ContactChannel.PHONE, "已致电道歉，约明天复查"));
        assertThat(answered.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(answered.contacts()).singleElement().satisfies(e -> {
            assertThat(e.said()).isEqualTo("已致电道歉，约明天复查");
            assertThat(e.recordedBy()).isEqualTo(fixtures.staffId("relations"));
        });

        Complaint resolved =
                complaints.as("relations", () -> desk.resolve(id, answered.version(), "刹车片装配未到位", "重新装配并路试，技师复训"));
        assertThat(resolved.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThatThrownBy(() -> complaints.as("relations", () -> desk.close(id, resolved.version())))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("complaint.refused.notConfirmed"));

        Complaint confirmed = complaints.as(
                "manager", () -> desk.confirmClosure(id, resolved.version(), ConfirmationMethod.PHONE, null, "客户表示满意"));
        Complaint closed = complaints.as("manager", () -> desk.close(id, confirmed.version()));
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.confirmationMethod()).isEqualTo(ConfirmationMethod.PHONE);
        assertThat(closed.confirmationBy()).isEqualTo(fixtures.staffId("manager"));
        assertThat(closed.customerWords()).as("kept as said").isEqualTo("刹车还是有异响，白跑一趟");
        assertThatThrownBy(() -> complaints.as(
                        "relations", () -> desk.logContact(id, closed.version(), ContactChannel.NOTE, "补记", null)))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("complaint.refused.closed"));

        testClock.advance(Duration.ofDays(2));
        Complaint reopened = complaints.as("relations", () -> desk.reopen(id, closed.version(), "客户来电：异响又出现了"));
        assertThat(reopened.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(reopened.round()).isEqualTo(2);
        assertThat(reopened.confirmedAt()).isNull();
        assertThat(reopened.resolveBy()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
        assertThat(reopened.steps())
                .extracting(Step::kind)
                .containsExactly(
                        StepKind.OPENED,
                        StepKind.ASSIGNED,
                        StepKind.RESPONDED,
                        StepKind.RESOLVED,
                        StepKind.CONFIRMED,
                        StepKind.CLOSED,
                        StepKind.REOPENED);
        assertThat(reopened.steps().get(6).detail()).isEqualTo("客户来电：异响又出现了");
        assertThat(complaints.timeline(opened))
                .as("all at the same moment of the test's clock but the reopening")
                .containsExactlyInAnyOrder(
                        "timeline.complaint.OPENED",
                        "timeline.complaint.RESOLVED",
                        "timeline.complaint.CLOSED",
                        "timeline.complaint.REOPENED");
    }

    @Test
    void goodwillAboveTheLimitWaitsForAManagerAndTheComplaintIsNotResolvedWhileItWaits() {
        Complaint opened = complaints.opened(Severity.MEDIUM);
        ComplaintId id = Objects.requireNonNull(opened.id());
        Complaint answered =
                complaints.as("relations", () -> desk.respond(id, opened.version(), ContactChannel.PHONE, "已回电"));

        Complaint within = complaints.as(
                "relations",
                () -> desk.giveGoodwill(
                        id, answered.version(), GoodwillKind.FREE_LABOUR, Money.yuan("300.00"), "免本次工时"));
        assertThat(within.goodwill()).singleElement().satisfies(g -> {
            assertThat(g.state()).isEqualTo(GoodwillState.APPROVED);
            assertThat(g.decidedBy())
                    .as("within the limit nobody needs to approve")
                    .isNull();
        });
        Complaint above = complaints.as(
                "relations",
                () -> desk.giveGoodwill(id, within.version(), GoodwillKind.VOUCHER, Money.yuan("200.01"), "保养代金券"));
        assertThat(above.goodwill().get(1).state())
                .as("300 + 200.01 is above 500")
                .isEqualTo(GoodwillState.AWAITING_APPROVAL);
        assertThat(above.goodwillGiven()).isEqualTo(Money.yuan("300.00"));

        assertThatThrownBy(() -> complaints.as("relations", () -> desk.resolve(id, above.version(), "原因", "措施")))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("complaint.refused.goodwillWaiting"));
        assertThatThrownBy(() -> complaints.as("relations", () -> desk.decideGoodwill(id, above.version(), 2, true)))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        refused ->
                                assertThat(refused.messageKey()).isEqualTo("complaint.refused.mayNotApproveGoodwill"));

        Complaint approved = complaints.as("manager", () -> desk.decideGoodwill(id, above.version(), 2, true));
        assertThat(approved.goodwill().get(1).state()).isEqualTo(GoodwillState.APPROVED);
        assertThat(approved.goodwill().get(1).decidedBy()).isEqualTo(fixtures.staffId("manager"));
        assertThat(approved.goodwillGiven()).isEqualTo(Money.yuan("500.01"));
        assertThat(complaints
                        .as("relations", () -> desk.resolve(id, approved.version(), "原因", "措施"))
                        .status())
                .isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void aStepOnAnOutdatedPageIsRefusedNamingWhoChangedItAndWhen() {
        testClock.set(LocalDate.of(2026, 12, 9), 14, 5, SHANGHAI);
        Complaint opened = complaints.opened(Severity.LOW);
        ComplaintId id = Objects.requireNonNull(opened.id());
        complaints.as("relations", () -> desk.logContact(id, opened.version(), ContactChannel.NOTE, "客户说的是左前轮", null));

        assertThatThrownBy(() ->
                        complaints.as("manager", () -> desk.respond(id, opened.version(), ContactChannel.PHONE, "您好")))
                .isInstanceOfSatisfying(ComplaintChangedMeanwhile.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("complaint.refused.changedMeanwhile");
                    assertThat(refused.arguments()).containsExactly("黄敏", "14:05");
                });
    }

    @Test
    void aComplaintNeedsTheCustomersWordsAndTheCustomersOwnRepairOrder() {
        var order = fixtures.delivered();
        var other = fixtures.delivered();
        assertThatThrownBy(() -> fixtures.as("advisor")
                        .call(() -> desk.open(new ComplaintDesk.NewComplaint(
                                ComplaintSource.PHONE,
                                ComplaintCategory.OTHER,
                                Severity.LOW,
                                "  ",
                                order.customer(),
                                null,
                                other.id(),
                                null))))
                .isInstanceOfSatisfying(
                        shinrai.shared.InvalidInput.class,
                        refused -> assertThat(refused.violations())
                                .extracting(BusinessRuleViolation::field)
                                .containsExactly("customerWords"));
        assertThatThrownBy(() -> fixtures.as("advisor")
                        .call(() -> desk.open(new ComplaintDesk.NewComplaint(
                                ComplaintSource.PHONE,
                                ComplaintCategory.OTHER,
                                Severity.LOW,
                                "账单不对",
                                order.customer(),
                                null,
                                other.id(),
                                null))))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("repairOrder"));
    }
}
