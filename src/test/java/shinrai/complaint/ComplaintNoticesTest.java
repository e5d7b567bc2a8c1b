package shinrai.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.ApplicationTest;
import shinrai.TestClock;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffMember;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/**
 * Escalations are heard: a critical complaint at D001 owned by 黄敏 (relations) that nobody answers tells the service
 * manager 李明 and 黄敏 once its response deadline passes, and the general manager 林志远 (gm), not the dealer admin,
 * once it is still unresolved later; a dealer without a general manager tells its dealer admins. Each person hears of
 * each event once, however often the sweep runs and however often the event is delivered.
 */
@ApplicationTest
class ComplaintNoticesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ComplaintDesk desk;

    @Autowired
    EscalationSweep sweep;

    @Autowired
    NetworkHotline hotline;

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
    TestClock testClock;

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
    void anOverdueComplaintTellsTheServiceManagerAndItsOwnerOnceAndLaterTheGeneralManagerOnce() {
        testClock.set(LocalDate.of(2027, 4, 5), 9, 0, SHANGHAI);
        Complaint complaint = complaints.opened(Severity.CRITICAL);
        assertThat(told(complaint)).as("the owner was given it by the advisor").containsExactly("relations");

        testClock.advance(Duration.ofMinutes(121));
        sweep.escalateOverdueComplaints();
        sweep.escalateOverdueComplaints();
        assertThat(told(complaint, "notice.complaint.ESCALATED1_RESPONSE"))
                .containsExactlyInAnyOrder("manager", "relations");

        testClock.advance(Duration.ofHours(25));
        sweep.escalateOverdueComplaints();
        sweep.escalateOverdueComplaints();
        assertThat(told(complaint, "notice.complaint.ESCALATED2"))
                .as("the general manager, not the dealer admin")
                .containsExactly("gm");
        assertThat(told(complaint, "notice.complaint.ESCALATED1_RESPONSE"))
                .containsExactlyInAnyOrder("manager", "relations");
        assertThat(link(complaint)).isEqualTo("/complaints/" + complaint.id());
    }

    @Test
    void anEscalationDeliveredTwiceTellsEachPersonOnce() {
        testClock.set(LocalDate.of(2027, 4, 7), 9, 0, SHANGHAI);
        Complaint complaint = complaints.opened(Severity.CRITICAL);
        ComplaintId id = Objects.requireNonNull(complaint.id());
        ComplaintEscalated escalated = new ComplaintEscalated(
                1,
                id,
                complaint.customer(),
                1,
                1,
                Deadline.RESPONSE,
                List.of(fixtures.staffId("manager"), fixtures.staffId("manager")),
                fixtures.staffId("relations"),
                clock.instant());
        for (int delivery = 0; delivery < 2; delivery++) {
            DealerScope.systemFor(1)
                    .run(() -> transactions.executeWithoutResult(status -> {
                        events.publishEvent(escalated);
                        events.publishEvent(escalated);
                    }));
        }
        assertThat(told(complaint, "notice.complaint.ESCALATED1_RESPONSE"))
                .containsExactlyInAnyOrder("manager", "relations");
    }

    @Test
    void aDealerWithoutAGeneralManagerTellsItsDealerAdmins() {
        testClock.set(LocalDate.of(2027, 4, 9), 9, 0, SHANGHAI);
        Complaint complaint = complaints.opened(Severity.CRITICAL);
        StaffMember gm =
                fixtures.as("admin").call(() -> staff.get(fixtures.staffId("gm").value()));
        fixtures.as("admin").run(() -> staff.update(gm.id(), gm.displayName(), Set.of(Role.GENERAL_MANAGER), false));
        try {
            testClock.advance(Duration.ofHours(27));
            sweep.escalateOverdueComplaints();
        } finally {
            fixtures.as("admin").run(() -> staff.update(gm.id(), gm.displayName(), Set.of(Role.GENERAL_MANAGER), true));
        }
        assertThat(told(complaint, "notice.complaint.ESCALATED2")).containsExactly("admin");
    }

    @Test
    void theNewOwnerHearsOfTheComplaintGivenToThemButNotOfOneTheyTookThemselves() {
        Complaint complaint = complaints.opened(Severity.MEDIUM);
        ComplaintId id = Objects.requireNonNull(complaint.id());
        Complaint given =
                complaints.as("manager", () -> desk.assign(id, complaint.version(), fixtures.staffId("advisor")));
        assertThat(told(complaint, "notice.complaint.ASSIGNED")).containsExactlyInAnyOrder("relations", "advisor");

        Complaint unowned = fixtures.as("advisor")
                .call(() -> desk.open(new ComplaintDesk.NewComplaint(
                        ComplaintSource.PHONE,
                        ComplaintCategory.WAITING_TIME,
                        Severity.LOW,
                        "等了三个小时",
                        given.customer(),
                        null,
                        null,
                        null)));
        complaints.as(
                "advisor",
                () -> desk.assign(
                        Objects.requireNonNull(unowned.id()), unowned.version(), fixtures.staffId("advisor")));
        assertThat(told(unowned))
                .as("who takes a complaint needs no notice of it")
                .isEmpty();
    }

    @Test
    void aComplaintTheNetworkRaisesTellsTheDealersServiceManagers() {
        var order = fixtures.delivered();
        long network = JdbcClient.create(owner)
                .sql("SELECT network_id FROM dealer.dealer WHERE id = 1")
                .query(Long.class)
                .single();
        long analyst = JdbcClient.create(owner)
                .sql("SELECT id FROM dealer.user_account WHERE username = 'network'")
                .query(Long.class)
                .single();
        NetworkHotline.Raised raised = new DealerScope(analyst, "network", null, network)
                .call(() -> hotline.raise(new NetworkHotline.NetworkComplaint(
                        1, order.id(), ComplaintCategory.REPAIR_QUALITY, Severity.HIGH, "修完又漏油")));
        assertThat(told(raised.complaint(), "notice.complaint.RAISED")).containsExactly("manager");
    }

    List<String> told(Complaint complaint) {
        return told(Objects.requireNonNull(complaint.id()).value(), "%");
    }

    List<String> told(Complaint complaint, String summaryKey) {
        return told(Objects.requireNonNull(complaint.id()).value(), summaryKey);
    }

    /** Who was told what of the complaint, one name per notice. */
    List<String> told(long complaint, String summaryKey) {
        return JdbcClient.create(owner)
                .sql("""
                        SELECT a.username FROM notice.staff_notice n
                        JOIN dealer.user_account a ON a.dealer_id = n.dealer_id AND a.id = n.recipient_id
                        WHERE n.dealer_id = 1 AND n.event_key LIKE :key AND n.summary_key LIKE :summary
                        ORDER BY a.username""")
                .param("key", "complaint:" + complaint + ":%")
                .param("summary", summaryKey)
                .query(String.class)
                .list();
    }

    String link(Complaint complaint) {
        return JdbcClient.create(owner)
                .sql("SELECT DISTINCT link FROM notice.staff_notice WHERE dealer_id = 1 AND event_key LIKE :key")
                .param(
                        "key",
                        "complaint:" + Objects.requireNonNull(complaint.id()).value() + ":%")
                .query(String.class)
                .single();
    }
}
