package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.parts.PartNumber;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleRegister;

/** The lane through the workshop's use cases, stored as it went, as the demo dealer's staff would walk it. */
@ApplicationTest
@RecordApplicationEvents
class WorkshopTest {

    @Autowired
    Workshop workshop;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DataSource app;

    WorkshopFixtures fixtures;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired CustomerBook customers, @Autowired VehicleRegister vehicles, @Autowired Clock clock) {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
    }

    @Test
    void aCarGoesFromEstimateToSettlementAndTheOrderIsStoredAsItWent() {
        RepairOrder delivered = fixtures.delivered();
        RepairOrder settled = fixtures.as("cashier").call(() -> {
            RepairOrder part = workshop.takePayment(
                    delivered.id(), delivered.version(), PaymentMethod.WECHAT_PAY, Money.yuan("500.00"), "");
            return workshop.takePayment(part.id(), part.version(), PaymentMethod.CASH, Money.yuan("140.00"), "");
        });

        RepairOrder stored = fixtures.as("advisor").call(() -> workshop.get(settled.id()));
        assertThat(stored.status()).isEqualTo(RepairOrderStatus.SETTLED);
        assertThat(stored.version()).isEqualTo(settled.version());
        assertThat(stored.lines())
                .extracting(RepairOrderLine::code, l -> l.amount().toString(), RepairOrderLine::approval)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M-OIL", "190.00", LineApproval.APPROVED),
                        org.assertj.core.groups.Tuple.tuple("90915-YZZD2", "52.00", LineApproval.APPROVED),
                        org.assertj.core.groups.Tuple.tuple("08880-83264", "398.00", LineApproval.APPROVED));
        assertThat(stored.lines().get(0).technician()).isEqualTo(fixtures.staffId("technician"));
        assertThat(stored.lines().get(0).job()).isEqualTo(JobStatus.DONE);
        assertThat(stored.payments())
                .extracting(Payment::method)
                .containsExactly(PaymentMethod.WECHAT_PAY, PaymentMethod.CASH);
        assertThat(stored.balanceDue()).isEqualTo(Money.ZERO);
        assertThat(stored.changedBy()).isEqualTo(fixtures.staffId("cashier"));
        assertThat(recordsOf(stored)).containsExactly(1L, 1L, 3L, 2L);
        assertThat(events.stream(RepairOrderDelivered.class))
                .anySatisfy(event -> assertThat(event.repairOrder()).isEqualTo(stored.id()));
        assertThat(events.stream(RepairOrderSettled.class)).anySatisfy(event -> {
            assertThat(event.repairOrder()).isEqualTo(stored.id());
            assertThat(event.billed()).isEqualTo(Money.yuan("640.00"));
        });
    }

    @Test
    void aSupersededPartNumberBringsThePartThatReplacedItAtItsPrice() {
        RepairOrder opened = fixtures.opened();
        RepairOrder order = fixtures.as("advisor")
                .call(() -> workshop.addPart(
                        opened.id(),
                        opened.version(),
                        PartNumber.of(" 90915-yzzd1 "),
                        new BigDecimal("2"),
                        Payer.CUSTOMER,
                        "机油滤清器堵塞"));
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo("90915-YZZD2");
            assertThat(line.amount()).isEqualTo(Money.yuan("104.00"));
            assertThat(line.reason()).isEqualTo("机油滤清器堵塞");
        });
    }

    @Test
    void aDaysOrdersAreNumberedInTurnAndTheTenThousandthTakesAFifthDigit(@Autowired RepairOrders orders) {
        RepairOrder car = fixtures.opened();
        java.time.LocalDate day = java.time.LocalDate.of(2099, 3, 1);
        RepairOrderOpening opening =
                new RepairOrderOpening(car.customer(), car.vehicle(), fixtures.staffId("advisor"), null, "异响", 12_000);
        List<String> numbers = fixtures.as("advisor").call(() -> {
            List<String> drawn = new ArrayList<>();
            drawn.add(orders.open(opening, day, Instant.now()).number());
            drawn.add(orders.open(opening, day, Instant.now()).number());
            JdbcClient.create(app)
                    .sql("UPDATE workshop.order_number SET last = 9998 WHERE day = :day")
                    .param("day", day)
                    .update();
            drawn.add(orders.open(opening, day, Instant.now()).number());
            drawn.add(orders.open(opening, day, Instant.now()).number());
            return drawn;
        });
        assertThat(numbers)
                .containsExactly("RO20990301-0001", "RO20990301-0002", "RO20990301-9999", "RO20990301-10000");
    }

    @Test
    void aStaleStepIsRefusedWithWhoChangedTheOrderAndWhen() {
        RepairOrder approved = fixtures.approved();
        fixtures.as("foreman")
                .run(() -> workshop.dispatch(approved.id(), approved.version(), 1, fixtures.staffId("technician")));

        assertThatThrownBy(() -> fixtures.as("advisor")
                        .run(() -> workshop.addLabour(approved.id(), approved.version(), "B-PADF", Payer.CUSTOMER, "")))
                .isInstanceOfSatisfying(RepairOrderChangedMeanwhile.class, stale -> {
                    assertThat(stale.messageKey()).isEqualTo("repairOrder.refused.changedMeanwhile");
                    assertThat(stale.arguments()[0]).isEqualTo(displayName("foreman"));
                    assertThat((String) stale.arguments()[1]).matches("\\d{2}:\\d{2}");
                });
        assertThat(fixtures.as("advisor")
                        .call(() -> workshop.get(approved.id()))
                        .lines())
                .hasSize(3);
    }

    @Test
    void ofTwoStepsOnTheSameVersionAtOnceOneIsSavedAndTheOtherRefused() throws Exception {
        RepairOrder approved = fixtures.approved();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<RepairOrder>> steps = List.of(
                () -> {
                    start.await();
                    return fixtures.as("foreman")
                            .call(() -> workshop.dispatch(
                                    approved.id(), approved.version(), 1, fixtures.staffId("technician")));
                },
                () -> {
                    start.await();
                    return fixtures.as("advisor")
                            .call(() -> workshop.addLabour(
                                    approved.id(), approved.version(), "B-PADF", Payer.CUSTOMER, ""));
                });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<RepairOrder>> running = new ArrayList<>();
        steps.forEach(step -> running.add(pool.submit(step)));
        start.countDown();
        int saved = 0;
        int refused = 0;
        for (Future<RepairOrder> each : running) {
            try {
                each.get();
                saved++;
            } catch (java.util.concurrent.ExecutionException failure) {
                assertThat(failure.getCause()).isInstanceOf(RepairOrderChangedMeanwhile.class);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(saved).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(fixtures.as("advisor")
                        .call(() -> workshop.get(approved.id()))
                        .version())
                .isEqualTo(approved.version() + 1);
    }

    @Test
    void onlyAnActiveTechnicianOrForemanIsGivenAJob() {
        RepairOrder approved = fixtures.approved();
        assertThatThrownBy(() -> fixtures.as("foreman")
                        .run(() ->
                                workshop.dispatch(approved.id(), approved.version(), 1, fixtures.staffId("cashier"))))
                .isInstanceOfSatisfying(
                        InvalidWorkshopInput.class,
                        refused -> assertThat(refused.field()).isEqualTo("technicianId"));
    }

    @Test
    void aReworkIsAnnouncedWithTheTechnicianWhoseWorkFailed() {
        RepairOrder repaired = fixtures.repaired();
        RepairOrder self = fixtures.passCheck("technician", repaired, CheckLevel.SELF, "");
        fixtures.as("foreman")
                .run(() -> workshop.failCheck(
                        self.id(), self.version(), CheckLevel.TEAM_LEADER, List.of(1), List.of(), "机油加注过量", List.of()));
        assertThat(events.stream(ReworkOrdered.class)).anySatisfy(rework -> {
            assertThat(rework.repairOrder()).isEqualTo(repaired.id());
            assertThat(rework.technicians()).containsExactly(fixtures.staffId("technician"));
        });
        RepairOrder back = fixtures.as("advisor").call(() -> workshop.get(repaired.id()));
        assertThat(back.status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
        assertThat(back.lines().get(0).reworks()).isEqualTo(1);
    }

    @Test
    void declinedWorkIsOfferedAgainAtTheNextVisitsUntilItIsDone(@Autowired RepairOrderHistory history) {
        RepairOrder estimated = fixtures.estimated();
        RepairOrder declined = fixtures.as("advisor")
                .call(() -> workshop.approve(
                        estimated.id(),
                        estimated.version(),
                        new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "王修车", "19712345678", null),
                        List.of(3)));
        List<DeclinedWork> offered =
                fixtures.as("advisor").call(() -> history.declinedWorkOf(List.of(declined.vehicle()), 10));
        assertThat(offered).singleElement().satisfies(work -> {
            assertThat(work.code()).isEqualTo("08880-83264");
            assertThat(work.amount()).isEqualTo(Money.yuan("398.00"));
            assertThat(work.repairOrderNumber()).isEqualTo(declined.number());
        });
        assertThat(fixtures.as("advisor")
                        .call(() -> history.declinedWorkOfCustomer(
                                declined.customer().value(), 10)))
                .hasSize(1);

        RepairOrder next = fixtures.nextVisit(declined);
        fixtures.as("advisor").run(() -> {
            RepairOrder priced = workshop.addPart(
                    next.id(), next.version(), PartNumber.of("08880-83264"), BigDecimal.ONE, Payer.CUSTOMER, "");
            RepairOrder estimatedAgain = workshop.estimate(
                    priced.id(), priced.version(), java.time.Instant.now().plusSeconds(3600));
            workshop.approve(
                    estimatedAgain.id(),
                    estimatedAgain.version(),
                    new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "王修车", "19712345678", null),
                    List.of());
        });
        assertThat(fixtures.as("advisor").call(() -> history.declinedWorkOf(List.of(declined.vehicle()), 10)))
                .isEmpty();
    }

    @Test
    void theSameJobOnTheSameCarWithinTheWindowIsAComebackLinkedToTheOriginalAndItsTechnician(
            @Autowired RepairOrderHistory history) {
        RepairOrder delivered = fixtures.delivered();
        assertThat(fixtures.as("advisor").call(() -> history.inComebackWindow(delivered.vehicle(), Instant.now())))
                .contains(delivered.id());

        RepairOrder back = fixtures.nextVisit(delivered);
        RepairOrder priced = fixtures.as("advisor").call(() -> {
            RepairOrder again = workshop.addLabour(back.id(), back.version(), "M-OIL", Payer.INTERNAL, "放油螺塞渗油");
            return workshop.addLabour(again.id(), again.version(), "B-PADF", Payer.CUSTOMER, "");
        });

        RepairOrder stored = fixtures.as("advisor").call(() -> workshop.get(priced.id()));
        assertThat(stored.lines().get(0).comeback()).isNotNull().satisfies(comeback -> {
            assertThat(comeback.originalOrder()).isEqualTo(delivered.id());
            assertThat(comeback.originalNumber()).isEqualTo(delivered.number());
            assertThat(comeback.technician()).isEqualTo(fixtures.staffId("technician"));
        });
        assertThat(stored.lines().get(1).comeback())
                .as("a job not done last time")
                .isNull();
        assertThat(events.stream(ComebackFound.class))
                .anySatisfy(found -> assertThat(found.repairOrder()).isEqualTo(priced.id()));
    }

    @Test
    void theSameConcernBackOnTheSameCarWithinTheWindowMakesTheOrderAComebackWhateverTheWorkThisTime() {
        RepairOrder opened = fixtures.opened();
        RepairOrder priced = fixtures.as("advisor").call(() -> {
            RepairOrder o = workshop.diagnose(opened.id(), opened.version(), "前刹车片磨损到限", ConcernCategory.BRAKES);
            o = workshop.addLabour(o.id(), o.version(), "B-PADF", Payer.CUSTOMER, "刹车异响");
            o = workshop.estimate(o.id(), o.version(), Instant.now().plus(java.time.Duration.ofHours(3)));
            return workshop.approve(
                    o.id(),
                    o.version(),
                    new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "王修车", "19712345678", null),
                    List.of());
        });
        RepairOrder dispatched = fixtures.as("foreman")
                .call(() -> workshop.dispatch(priced.id(), priced.version(), 1, fixtures.staffId("technician")));
        RepairOrder repaired = fixtures.as("technician").call(() -> {
            RepairOrder on = workshop.clockOn(dispatched.id(), dispatched.version(), 1);
            return workshop.clockOff(on.id(), on.version(), 1, null);
        });
        RepairOrder checked = fixtures.passCheck(
                "inspector",
                fixtures.passCheck(
                        "foreman",
                        fixtures.passCheck("technician", repaired, CheckLevel.SELF, ""),
                        CheckLevel.TEAM_LEADER,
                        ""),
                CheckLevel.FINAL,
                "");
        RepairOrder delivered = fixtures.as("advisor").call(() -> {
            RepairOrder cleaned = workshop.recordCleanUp(checked.id(), checked.version(), true, true);
            return workshop.deliver(cleaned.id(), cleaned.version(), new Handover(true, true, 5, 5));
        });

        RepairOrder back = fixtures.nextVisit(delivered);
        RepairOrder diagnosed = fixtures.as("advisor")
                .call(() -> workshop.diagnose(back.id(), back.version(), "后轮轴承异响", ConcernCategory.BRAKES));
        RepairOrder other = fixtures.nextVisit(delivered);
        RepairOrder unrelated = fixtures.as("advisor")
                .call(() -> workshop.diagnose(other.id(), other.version(), "收音机无声", ConcernCategory.ELECTRICAL));

        RepairOrder stored = fixtures.as("advisor").call(() -> workshop.get(diagnosed.id()));
        assertThat(stored.concern()).isEqualTo(ConcernCategory.BRAKES);
        assertThat(stored.comeback()).isNotNull().satisfies(comeback -> {
            assertThat(comeback.originalOrder()).isEqualTo(delivered.id());
            assertThat(comeback.technician()).isEqualTo(fixtures.staffId("technician"));
        });
        assertThat(events.stream(ComebackFound.class)).anySatisfy(found -> {
            assertThat(found.repairOrder()).isEqualTo(diagnosed.id());
            assertThat(found.line()).as("the concern came back, not one job").isNull();
        });
        assertThat(fixtures.as("advisor")
                        .call(() -> workshop.get(unrelated.id()))
                        .comeback())
                .as("another concern")
                .isNull();
    }

    private String displayName(String username) {
        return DealerScope.systemFor(WorkshopFixtures.D001)
                .call(() -> JdbcClient.create(app)
                        .sql("SELECT display_name FROM dealer.user_account WHERE username = :u")
                        .param("u", username)
                        .query(String.class)
                        .single());
    }

    /** Approvals, time entries, quality checks and payments stored for the order. */
    private List<Long> recordsOf(RepairOrder order) {
        return DealerScope.systemFor(WorkshopFixtures.D001).call(() -> {
            JdbcClient jdbc = JdbcClient.create(app);
            return List.of("customer_approval", "time_entry", "quality_check", "payment").stream()
                    .map(table -> jdbc.sql("SELECT count(*) FROM workshop." + table + " WHERE repair_order_id = :id")
                            .param("id", order.id().value())
                            .query(Long.class)
                            .single())
                    .toList();
        });
    }
}
