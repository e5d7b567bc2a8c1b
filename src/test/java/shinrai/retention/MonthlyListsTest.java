package shinrai.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.TestClock;
import shinrai.customer.CustomerBook;
import shinrai.followup.CallOutcome;
import shinrai.followup.FollowUpCall;
import shinrai.followup.FollowUps;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Handover;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/**
 * The month's customers at risk at the demo dealer D001: a low rating at delivery, a follow-up call that reached
 * nobody, a customer with no visit for the dealer's number of months; each entry taken in hand by an owner with a
 * result, on the page and in the Excel export.
 */
@ApplicationTest
class MonthlyListsTest {

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
    TestClock testClock;

    @Autowired
    MonthlyLists lists;

    @Autowired
    FollowUps followUps;

    @Autowired
    MockMvcTester mvc;

    WorkshopFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
    }

    @Test
    void aCustomerWhoRatedTheVisitLowIsOnTheMonthsDissatisfiedListByTheComplaintItOpenedOnceAndTakenInHand() {
        testClock.set(LocalDate.of(2027, 3, 10), 10, 0, SHANGHAI);
        RepairOrder order = deliver(fixtures.passedFinalCheck(), 2, 4);
        YearMonth march = YearMonth.of(2027, 3);

        ListEntry entry = entryOf(march, ListKind.DISSATISFIED, order);
        assertThat(entry.reasonKey())
                .as("the complaint the low rating opened, not the rating a second time")
                .isEqualTo("retention.reason.complaint");
        assertThat(entry.subject()).startsWith("complaint:");
        assertThat(entry.takenInHand()).isFalse();
        assertThat(entriesOf(march, ListKind.DISSATISFIED, deliver(fixtures.passedFinalCheck(), 5, 5)))
                .as("a good rating")
                .isEmpty();

        fixtures.as("manager")
                .run(() -> lists.handle(
                        march,
                        ListKind.DISSATISFIED,
                        order.customer(),
                        entry.subject(),
                        fixtures.staffId("relations"),
                        null,
                        "周一前回电",
                        null));
        ListEntry owned = entryOf(march, ListKind.DISSATISFIED, order);
        assertThat(owned.owner()).isEqualTo(fixtures.staffId("relations"));
        assertThat(owned.note()).isEqualTo("周一前回电");

        fixtures.as("relations")
                .run(() -> lists.handle(
                        march,
                        ListKind.DISSATISFIED,
                        order.customer(),
                        entry.subject(),
                        owned.owner(),
                        ListResult.RESOLVED,
                        "已致歉，下次保养赠送洗车",
                        owned.version()));
        assertThat(entryOf(march, ListKind.DISSATISFIED, order).result()).isEqualTo(ListResult.RESOLVED);
        assertThatThrownBy(() -> fixtures.as("manager")
                        .run(() -> lists.handle(
                                march,
                                ListKind.DISSATISFIED,
                                order.customer(),
                                entry.subject(),
                                null,
                                null,
                                "",
                                owned.version())))
                .as("an entry changed since it was loaded")
                .isInstanceOf(EntryChangedMeanwhile.class);
        assertThat(entriesOf(YearMonth.of(2027, 4), ListKind.DISSATISFIED, order))
                .as("next month")
                .isEmpty();
    }

    @Test
    void aCallThatReachedNobodyIsAFollowUpProblemOfTheMonthOfItsDelivery() {
        testClock.set(LocalDate.of(2027, 5, 6), 9, 0, SHANGHAI);
        RepairOrder order = deliver(fixtures.passedFinalCheck(), 5, 5);
        FollowUpCall call = fixtures.as("relations")
                .call(() -> followUps.openOf(order.customer().value()))
                .get(0);
        fixtures.as("relations").run(() -> followUps.record(call.id(), call.version(), CallOutcome.REFUSED, "不想谈"));

        ListEntry entry = entryOf(YearMonth.of(2027, 5), ListKind.FOLLOW_UP_PROBLEM, order);

        assertThat(entry.reasonKey()).isEqualTo("followUp.status.REFUSED");
        assertThat(entry.subject()).isEqualTo("call:" + call.id());
    }

    @Test
    void aCustomerWhoseLastVisitWasTheDealersNumberOfMonthsAgoIsLostThatMonthUnlessTheyCameBack() {
        testClock.set(LocalDate.of(2025, 2, 12), 11, 0, SHANGHAI);
        RepairOrder gone = deliver(fixtures.passedFinalCheck(), 5, 5);
        RepairOrder returned = deliver(fixtures.passedFinalCheck(), 5, 5);
        testClock.set(LocalDate.of(2025, 9, 1), 11, 0, SHANGHAI);
        fixtures.as("advisor").run(() -> fixtures.nextVisit(returned));
        YearMonth twelveMonthsLater = YearMonth.of(2026, 2);

        assertThat(entriesOf(twelveMonthsLater, ListKind.LOST, gone)).hasSize(1);
        assertThat(entriesOf(twelveMonthsLater, ListKind.LOST, returned)).isEmpty();
        assertThat(entriesOf(YearMonth.of(2026, 1), ListKind.LOST, gone))
                .as("a month too early")
                .isEmpty();
    }

    @Test
    void aLostCustomerAfterFewerMonthsWhenTheDealerSaysSoAndNeverFewerThanThree() {
        testClock.set(LocalDate.of(2024, 4, 3), 11, 0, SHANGHAI);
        RepairOrder gone = deliver(fixtures.passedFinalCheck(), 5, 5);
        fixtures.as("manager").run(() -> settingsChangeTo(6));
        try {
            assertThat(entriesOf(YearMonth.of(2024, 10), ListKind.LOST, gone)).hasSize(1);
            assertThatThrownBy(() -> fixtures.as("manager").run(() -> settingsChangeTo(2)))
                    .isInstanceOf(InvalidListInput.class);
        } finally {
            fixtures.as("manager").run(() -> settingsChangeTo(RetentionSettings.DEFAULT_LOST_AFTER_MONTHS));
        }
    }

    @Autowired
    RetentionSettings settings;

    void settingsChangeTo(int months) {
        settings.changeLostAfterMonths(months);
    }

    @Test
    void theManagerSeesTheListsAndGivesAnEntryAnOwnerOnThePageAndExportsThemToExcel() throws Exception {
        testClock.set(LocalDate.of(2027, 6, 8), 10, 0, SHANGHAI);
        RepairOrder order = deliver(fixtures.passedFinalCheck(), 1, 1);
        ListEntry entry = entryOf(YearMonth.of(2027, 6), ListKind.DISSATISFIED, order);
        MockHttpSession manager = signIn(mvc, "manager");

        assertThat(mvc.get()
                        .uri("/retention/lists?month=2027-06")
                        .session(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("月度客户关注清单", "投诉：维修质量");
        MvcTestResult saved = mvc.post()
                .uri("/retention/lists/2027-06/entries")
                .session(manager)
                .with(csrf())
                .param("kind", "DISSATISFIED")
                .param("customer", String.valueOf(order.customer().value()))
                .param("subject", entry.subject())
                .param("owner", String.valueOf(fixtures.staffId("relations").value()))
                .param("note", "今天下班前回电")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection().flash().containsEntry("notice", "retention.saved");
        MvcTestResult tooLong = mvc.post()
                .uri("/retention/lists/2027-06/entries")
                .session(manager)
                .with(csrf())
                .param("kind", "DISSATISFIED")
                .param("customer", String.valueOf(order.customer().value()))
                .param("subject", entry.subject())
                .param("note", "长".repeat(501))
                .exchange();
        assertThat(tooLong).hasStatus3xxRedirection().flash().containsEntry("problem", "retention.error.form");

        MvcTestResult export =
                mvc.get().uri("/retention/lists/2027-06.xlsx").session(manager).exchange();
        assertThat(export).hasStatusOk();
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("不满意客户");
            String rows = workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
            assertThat(rows).isEqualTo("客户");
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                found |= row.getCell(1) != null
                        && "投诉：维修质量".equals(row.getCell(1).getStringCellValue())
                        && "今天下班前回电".equals(row.getCell(7).getStringCellValue());
            }
            assertThat(found).as("the complaint's row with its note").isTrue();
        }
        assertThat(mvc.get()
                        .uri("/retention/lists")
                        .session(signIn(mvc, "technician"))
                        .exchange())
                .hasStatus(403);
    }

    RepairOrder deliver(RepairOrder checked, int advisorRating, int technicianRating) {
        return fixtures.as("advisor").call(() -> {
            RepairOrder cleaned = workshop.recordCleanUp(checked.id(), checked.version(), true, true);
            return workshop.deliver(
                    cleaned.id(), cleaned.version(), new Handover(true, true, advisorRating, technicianRating));
        });
    }

    ListEntry entryOf(YearMonth month, ListKind kind, RepairOrder order) {
        List<ListEntry> found = entriesOf(month, kind, order);
        assertThat(found)
                .as("%s of %s on the list of %s", kind, order.number(), month)
                .hasSize(1);
        return found.get(0);
    }

    List<ListEntry> entriesOf(YearMonth month, ListKind kind, RepairOrder order) {
        return fixtures.as("manager").call(() -> lists.of(month).of(kind)).stream()
                .filter(entry -> entry.customer().equals(order.customer()))
                .toList();
    }
}
