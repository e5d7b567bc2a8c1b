package shinrai.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.ApplicationTest;
import shinrai.customer.ConsentChannel;
import shinrai.customer.ConsentMethod;
import shinrai.customer.ContactTime;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Handover;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderDelivered;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/**
 * Delivering a repair order at the demo dealer D001 opens its follow-up call, in the delivery's transaction, for
 * the dealer's one customer-relations agent 黄敏 ({@code relations}); never twice, and never a call to a customer who
 * withdrew phone consent.
 */
@ApplicationTest
class CallsOnDeliveryTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
    FollowUps followUps;

    @Autowired
    shinrai.TestClock testClock;

    @Autowired
    FollowUpCalls calls;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    AssignmentTurns turns;

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
    void aDeliveredOrderGetsOneCallDueTheDayAfterAndGivenToTheRelationsAgentWithTheRatingsOfTheDelivery() {
        RepairOrder order = fixtures.delivered();

        FollowUpCall call = tasks.taskOf(order);

        assertThat(call.status()).isEqualTo(CallStatus.OPEN);
        assertThat(call.assignedTo()).isEqualTo(fixtures.staffId("relations"));
        assertThat(call.repairOrderNumber()).isEqualTo(order.number());
        assertThat(call.customer()).isEqualTo(order.customer());
        assertThat(call.advisorRating()).isEqualTo(5);
        assertThat(call.technicianRating()).isEqualTo(5);
        java.time.LocalDate delivered = call.deliveredAt().atZone(SHANGHAI).toLocalDate();
        assertThat(call.dueAt().atZone(SHANGHAI).toLocalDate()).isEqualTo(delivered.plusDays(1));
        assertThat(call.overdueAt().atZone(SHANGHAI).toLocalDate()).isEqualTo(delivered.plusDays(3));
        assertThat(fixtures.as("relations").call(() -> followUps.queueOf(fixtures.staffId("relations"))))
                .extracting(FollowUpCall::id)
                .contains(call.id());
    }

    @Test
    void aCarDeliveredLateInTheEveningIsDueTheNextMorningLateAfterTheThirdDayAndThenOverdueForTheManager() {
        RepairOrder checked = fixtures.passedFinalCheck();
        // 23:55 in Shanghai, already 15:55 UTC: the days count in the dealer's zone
        testClock.set(java.time.LocalDate.of(2026, 12, 24), 23, 55, SHANGHAI);
        FollowUpCall call = tasks.taskOf(deliver(checked));

        assertThat(call.deliveredAt()).isEqualTo(shanghai(12, 24, 23, 55));
        assertThat(call.dueAt()).isEqualTo(shanghai(12, 25, 8, 30));
        assertThat(call.overdueAt()).isEqualTo(shanghai(12, 27, 18, 0));

        testClock.set(java.time.LocalDate.of(2026, 12, 27), 17, 59, SHANGHAI);
        assertThat(overdueCalls()).doesNotContain(call.id());
        testClock.set(java.time.LocalDate.of(2026, 12, 28), 9, 0, SHANGHAI);
        assertThat(overdueCalls()).contains(call.id());
        assertThat(fixtures.as("manager").call(() -> followUps.load()))
                .filteredOn(load -> fixtures.staffId("relations").equals(load.agent()))
                .singleElement()
                .satisfies(load -> assertThat(load.overdue()).isPositive());

        FollowUpCall tried = fixtures.as("relations")
                .call(() -> followUps.record(call.id(), call.version(), CallOutcome.NOT_REACHED, "无人接听"));
        assertThat(tried.nextCallAt()).isEqualTo(shanghai(12, 28, 11, 0));
        testClock.set(java.time.LocalDate.of(2026, 12, 28), 17, 0, SHANGHAI);
        FollowUpCall again = fixtures.as("relations")
                .call(() -> followUps.record(call.id(), tried.version(), CallOutcome.NOT_REACHED, ""));
        assertThat(again.nextCallAt()).as("the next day, at the same time").isEqualTo(shanghai(12, 29, 17, 0));
    }

    @Test
    void aCustomerWhoPrefersAfternoonsDeliveredInTheMorningIsCalledAtTwoOnTheDueDayAndTriedAgainInTheAfternoon() {
        // D001 calls from 08:30 to 18:00 in Shanghai
        RepairOrder checked = fixtures.passedFinalCheck();
        prefers(checked, ContactTime.AFTERNOON);
        testClock.set(java.time.LocalDate.of(2026, 12, 14), 10, 0, SHANGHAI);
        FollowUpCall call = tasks.taskOf(deliver(checked));

        assertThat(call.preferredTime()).isEqualTo(ContactTime.AFTERNOON);
        assertThat(call.dueAt()).isEqualTo(shanghai(12, 15, 14, 0));
        assertThat(call.overdueAt()).isEqualTo(shanghai(12, 17, 18, 0));

        testClock.set(java.time.LocalDate.of(2026, 12, 15), 17, 0, SHANGHAI);
        FollowUpCall tried = fixtures.as("relations")
                .call(() -> followUps.record(call.id(), call.version(), CallOutcome.NOT_REACHED, "无人接听"));
        assertThat(tried.nextCallAt())
                .as("19:00 is after hours: the next afternoon")
                .isEqualTo(shanghai(12, 16, 14, 0));
    }

    @Test
    void aCustomerWhoPrefersEveningsIsCalledInD001sCallingHoursWhichCloseAtSix() {
        RepairOrder checked = fixtures.passedFinalCheck();
        prefers(checked, ContactTime.EVENING);
        testClock.set(java.time.LocalDate.of(2026, 12, 14), 10, 0, SHANGHAI);
        FollowUpCall call = tasks.taskOf(deliver(checked));

        assertThat(call.preferredTime()).isEqualTo(ContactTime.EVENING);
        assertThat(call.dueAt()).isEqualTo(shanghai(12, 15, 8, 30));
        assertThat(fixtures.as("relations").call(() -> followUps.timesOutsideCallingHours()))
                .containsExactly(ContactTime.EVENING);
    }

    void prefers(RepairOrder order, ContactTime time) {
        fixtures.as("advisor").run(() -> {
            Customer customer = customers.get(order.customer().value());
            customers.update(customer.id(), customer.profile().preferringContactAt(time));
        });
    }

    List<FollowUpCallId> overdueCalls() {
        return fixtures.as("manager").call(() -> followUps.search(new CallFilter(null, null, false, true))).stream()
                .map(FollowUpCall::id)
                .toList();
    }

    static java.time.Instant shanghai(int month, int day, int hour, int minute) {
        return java.time.LocalDateTime.of(2026, month, day, hour, minute)
                .atZone(SHANGHAI)
                .toInstant();
    }

    @Test
    void theDeliveryHeardAgainEvenTwiceAtOnceOpensNoSecondCall() throws Exception {
        RepairOrder order = fixtures.delivered();
        FollowUpCall first = tasks.taskOf(order);
        RepairOrderDelivered again = new RepairOrderDelivered(
                1,
                order.id(),
                order.number(),
                order.customer(),
                order.vehicle(),
                order.advisor(),
                5,
                5,
                first.deliveredAt());

        // announced again
        DealerScope.systemFor(1).run(() -> transactions.executeWithoutResult(status -> events.publishEvent(again)));
        // and heard by two listeners at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return DealerScope.systemFor(1)
                            .call(() -> followUps.openAfter(again))
                            .isPresent();
                }));
            }
            start.countDown();
            for (Future<Boolean> each : both) {
                assertThat(each.get()).as("a second task opened").isFalse();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(tasksOf(order)).isEqualTo(1);
        assertThat(tasks.taskOf(order).id()).isEqualTo(first.id());
    }

    @Test
    void aCustomerWhoWithdrewPhoneCallsButAllowsSmsIsNotCalledAndIsSentTheSurveyBySms() {
        RepairOrder checked = fixtures.passedFinalCheck();
        fixtures.as("advisor").run(() -> {
            customers.recordConsent(
                    checked.customer().value(), ConsentChannel.PHONE_CALL, false, ConsentMethod.VERBAL, "不要打电话");
            customers.recordConsent(
                    checked.customer().value(), ConsentChannel.SMS, true, ConsentMethod.SIGNED_FORM, "");
        });
        RepairOrder order = deliver(checked);

        FollowUpCall call = tasks.taskOf(order);

        assertThat(call.status()).isEqualTo(CallStatus.SMS_SURVEY_PENDING);
        assertThat(call.reason()).isEqualTo(NoCallReason.PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS);
        assertThat(call.assignedTo()).isNull();
        assertThat(fixtures.as("relations").call(() -> followUps.queueOf(fixtures.staffId("relations"))))
                .extracting(FollowUpCall::id)
                .doesNotContain(call.id());
        assertThat(timelineKeys(order)).contains("timeline.followUp.notCalled");
    }

    @Test
    void aCustomerWhoWithdrewPhoneCallsAndAllowsNoSmsIsNotContactedAndTheTaskSaysWhy() {
        RepairOrder checked = fixtures.passedFinalCheck();
        fixtures.as("advisor")
                .run(() -> customers.recordConsent(
                        checked.customer().value(), ConsentChannel.PHONE_CALL, false, ConsentMethod.OPT_OUT_REPLY, ""));
        RepairOrder order = deliver(checked);

        FollowUpCall call = tasks.taskOf(order);

        assertThat(call.status()).isEqualTo(CallStatus.NOT_CALLED);
        assertThat(call.reason()).isEqualTo(NoCallReason.PHONE_WITHDRAWN_NO_SMS);
        assertThat(call.closedAt()).isNotNull();
    }

    @Test
    void callsArrivingAtOnceAreGivenToTheAgentsInTurnEachTheSameNumber() throws Exception {
        // four agents of D002's own turn row (which no delivery of this suite touches); 40 calls at once
        List<StaffId> agents = List.of(new StaffId(901), new StaffId(902), new StaffId(903), new StaffId(904));
        Map<StaffId, AtomicInteger> given = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                all.add(pool.submit(() -> {
                    start.await();
                    StaffId agent = DealerScope.systemFor(d002())
                            .call(() -> transactions.execute(
                                    status -> turns.next(agents).orElseThrow()));
                    given.computeIfAbsent(agent, k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : all) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(given).hasSize(4);
        assertThat(given.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(10));
    }

    @Test
    void withNoAgentAtTheDealerTheCallIsGivenToNobody() {
        java.util.Optional<StaffId> nobody =
                DealerScope.systemFor(d002()).call(() -> transactions.execute(status -> turns.next(List.of())));
        assertThat(nobody).isEmpty();
    }

    RepairOrder deliver(RepairOrder checked) {
        return fixtures.as("advisor").call(() -> {
            RepairOrder cleaned = workshop.recordCleanUp(checked.id(), checked.version(), true, true);
            return workshop.deliver(cleaned.id(), cleaned.version(), new Handover(true, true, 4, null));
        });
    }

    int tasksOf(RepairOrder order) {
        return DealerScope.systemFor(1)
                .call(() -> JdbcClient.create(app)
                        .sql("SELECT count(*) FROM followup.call_task WHERE repair_order_id = :order")
                        .param("order", order.id().value())
                        .query(Integer.class)
                        .single());
    }

    List<String> timelineKeys(RepairOrder order) {
        return DealerScope.systemFor(1)
                .call(() -> JdbcClient.create(app)
                        .sql("SELECT summary_key FROM customer.timeline_entry WHERE customer_id = :customer")
                        .param("customer", order.customer().value())
                        .query(String.class)
                        .list());
    }

    /** The demo's second dealer, created after D001. */
    static long d002() {
        return 2;
    }
}
