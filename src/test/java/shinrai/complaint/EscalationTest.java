package shinrai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.TestClock;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/**
 * A critical complaint at D001 (respond within 2 hours, resolve within 24) nobody answers: the sweep escalates it to
 * the service manager once the response deadline passes, and to the general manager once it is still unresolved two
 * hours after the resolution deadline; once per level, however often and however many sweeps run.
 */
@ApplicationTest
class EscalationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ComplaintDesk desk;

    @Autowired
    EscalationSweep sweep;

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
    void anUnansweredComplaintGoesToTheServiceManagerOnceAndLaterToTheGeneralManagerOnce() throws Exception {
        testClock.set(LocalDate.of(2027, 3, 1), 9, 0, SHANGHAI);
        Complaint complaint = complaints.opened(Severity.CRITICAL);

        testClock.advance(Duration.ofMinutes(119));
        sweep.escalateOverdueComplaints();
        assertThat(complaints.escalations(complaint, 1)).as("not yet due").isZero();

        testClock.advance(Duration.ofMinutes(2));
        sweepTwiceAtOnce();
        sweep.escalateOverdueComplaints();
        assertThat(complaints.escalations(complaint, 1)).isEqualTo(1);
        assertThat(complaints.escalations(complaint, 2)).isZero();
        Complaint first = complaints.reload(complaint);
        assertThat(first.escalationLevel()).isEqualTo(1);
        assertThat(first.escalations())
                .singleElement()
                .satisfies(e -> assertThat(e.missed()).isEqualTo(Deadline.RESPONSE));
        assertThat(first.overdue(clock.instant())).isTrue();
        assertThat(first.version())
                .as("an escalation writes over nobody's edit")
                .isEqualTo(complaint.version());

        testClock.advance(Duration.ofHours(23));
        sweep.escalateOverdueComplaints();
        assertThat(complaints.escalations(complaint, 2))
                .as("past the resolution deadline, but the general manager hears two hours later")
                .isZero();

        testClock.advance(Duration.ofHours(2));
        sweepTwiceAtOnce();
        sweep.escalateOverdueComplaints();
        assertThat(complaints.escalations(complaint, 1)).isEqualTo(1);
        assertThat(complaints.escalations(complaint, 2)).isEqualTo(1);
        assertThat(complaints.reload(complaint).escalationLevel()).isEqualTo(2);
        assertThat(complaints.timeline(complaint))
                .containsExactly(
                        "timeline.complaint.OPENED", "timeline.complaint.ESCALATED1", "timeline.complaint.ESCALATED2");
        List<Long> escalated = fixtures.as("manager")
                .call(() -> desk.search(ComplaintFilter.of(ComplaintFilter.View.ESCALATED)).stream()
                        .map(c -> Objects.requireNonNull(c.id()).value())
                        .toList());
        assertThat(escalated).contains(complaint.id().value());
    }

    @Test
    void aComplaintAnsweredInTimeIsEscalatedOnlyWhenItsResolutionIsLate() {
        testClock.set(LocalDate.of(2027, 3, 2), 9, 0, SHANGHAI);
        Complaint complaint = complaints.opened(Severity.CRITICAL);
        ComplaintId id = Objects.requireNonNull(complaint.id());
        testClock.advance(Duration.ofMinutes(30));
        complaints.as("relations", () -> desk.respond(id, complaint.version(), ContactChannel.PHONE, "马上处理"));

        testClock.advance(Duration.ofHours(5));
        sweep.escalateOverdueComplaints();
        assertThat(complaints.escalations(complaint, 1)).isZero();

        testClock.set(LocalDate.of(2027, 3, 3), 9, 1, SHANGHAI);
        sweep.escalateOverdueComplaints();
        assertThat(complaints.reload(complaint).escalations())
                .singleElement()
                .satisfies(e -> assertThat(e.missed()).isEqualTo(Deadline.RESOLUTION));
    }

    void sweepTwiceAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return sweep.escalateOverdueComplaints();
                }));
            }
            start.countDown();
            for (Future<Integer> each : both) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
