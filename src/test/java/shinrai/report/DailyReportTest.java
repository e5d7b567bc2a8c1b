package shinrai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.CustomersWithCars;
import shinrai.TestClock;
import shinrai.appointment.Appointment;
import shinrai.appointment.Appointments;
import shinrai.appointment.BookingChannel;
import shinrai.appointment.BookingRequest;
import shinrai.appointment.ServiceRequest;
import shinrai.appointment.Transport;
import shinrai.customer.CustomerBook;
import shinrai.dealer.StaffId;
import shinrai.reception.Reception;
import shinrai.reception.ReceptionRequest;
import shinrai.reception.Receptions;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.ApprovalGiven;
import shinrai.workshop.CheckLevel;
import shinrai.workshop.CustomerApproval;
import shinrai.workshop.Handover;
import shinrai.workshop.LineKind;
import shinrai.workshop.PauseReason;
import shinrai.workshop.Payer;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;
import tools.jackson.databind.JsonNode;

/**
 * A hand-worked month at the demo dealer D001 (Shanghai time), built through reception and the workshop's use cases
 * by the staff whose job each step is, on the tests' clock moved through the days; the report's figures are worked out
 * below by hand. The demo's own bookings are on the days the tests run, never in November 2026.
 *
 * <p>24 November: the advisor 张伟 receives car P (booked that day) at 09:00; 刘洋 clocks 15:00–15:30 on its battery
 * (E-BATT, 0.3 h, warranty, 114.00), promised for 25 November 10:00.
 *
 * <p>25 November, the report's day; the advisor has three bookings (08:30, 09:00, 10:00), the last never comes.
 * <ul>
 *   <li>07:55 张伟 receives car A (the 08:30 booking; 23:55 UTC the day before, so a day cut in UTC would miss it):
 *       M-10K 1.0 h 380.00, oil filter 52.00, oil 398.00, sublet alignment 150.00; promised 12:00. 刘洋 clocks
 *       09:00–10:30; delivered 11:30, kept.
 *   <li>08:50 the service manager 李明 receives car B (the 09:00 booking): front pads B-PADF 1.2 h 456.00, pads 680.00;
 *       promised 14:00. 陈强 (foreman) clocks 10:00–11:00 (waiting for parts), 13:00–14:30; delivered 15:00, late.
 *   <li>09:30 car P is delivered, kept.
 *   <li>16:00 张伟 receives car C, a walk-in: M-AIR 0.2 h, approved; 刘洋 clocks 16:30–17:00. Not delivered.
 * </ul>
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyReportTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final LocalDate EVE = DAY.minusDays(1);
    static final AtomicInteger CARS = new AtomicInteger();

    /** The application's clock, moved through the days below and back to the real time once the month is built. */
    @Autowired
    TestClock clock;

    @Autowired
    Workshop workshop;

    @Autowired
    Receptions receptions;

    @Autowired
    Appointments appointments;

    @Autowired
    DailyReport reports;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    DataSource app;

    WorkshopFixtures staff;

    @BeforeAll
    void aHandWorkedMonth() {
        staff = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        // the customers and their cars come in October, before anything the report counts
        clock.set(LocalDate.of(2026, 10, 20), 9, 0, SHANGHAI);
        CustomersWithCars cars = new CustomersWithCars(customers, vehicles);
        CustomersWithCars.Registered p = car(cars);
        CustomersWithCars.Registered a = car(cars);
        CustomersWithCars.Registered b = car(cars);
        CustomersWithCars.Registered c = car(cars);
        CustomersWithCars.Registered absent = car(cars);

        clock.set(DAY.minusDays(5), 10, 0, SHANGHAI);
        long advisor = staff.staffId("advisor").value();
        long bookingP = book(p, EVE, LocalTime.of(9, 0), advisor);
        long bookingA = book(a, DAY, LocalTime.of(8, 30), advisor);
        long bookingB = book(b, DAY, LocalTime.of(9, 0), advisor);
        book(absent, DAY, LocalTime.of(10, 0), advisor);

        clock.set(EVE, 9, 0, SHANGHAI);
        RepairOrder orderP = receive("advisor", p, bookingP);
        orderP = as("advisor", orderP, (o) -> workshop.addLabour(o.id(), o.version(), "E-BATT", Payer.WARRANTY, ""));
        orderP = as(
                "advisor",
                orderP,
                (o) -> workshop.estimate(
                        o.id(), o.version(), DAY.atTime(10, 0).atZone(SHANGHAI).toInstant()));
        orderP = approveAndDispatch(orderP, "technician", 1);
        clock.set(EVE, 15, 0, SHANGHAI);
        orderP = as("technician", orderP, (o) -> workshop.clockOn(o.id(), o.version(), 1));
        clock.set(EVE, 15, 30, SHANGHAI);
        orderP = as("technician", orderP, (o) -> workshop.clockOff(o.id(), o.version(), 1, null));
        orderP = checked(orderP, "technician");

        clock.set(DAY, 7, 55, SHANGHAI);
        RepairOrder orderA = receive("advisor", a, bookingA);
        orderA = as("advisor", orderA, (o) -> workshop.addLabour(o.id(), o.version(), "M-10K", Payer.CUSTOMER, ""));
        orderA = as(
                "advisor",
                orderA,
                (o) -> workshop.addPart(
                        o.id(),
                        o.version(),
                        shinrai.parts.PartNumber.of("90915-YZZD2"),
                        BigDecimal.ONE,
                        Payer.CUSTOMER,
                        ""));
        orderA = as(
                "advisor",
                orderA,
                (o) -> workshop.addPart(
                        o.id(),
                        o.version(),
                        shinrai.parts.PartNumber.of("08880-83264"),
                        BigDecimal.ONE,
                        Payer.CUSTOMER,
                        ""));
        orderA = as(
                "advisor",
                orderA,
                (o) -> workshop.addCharge(
                        o.id(), o.version(), LineKind.SUBLET, "四轮定位（外协）", Money.yuan("150.00"), Payer.CUSTOMER, ""));
        orderA = as(
                "advisor",
                orderA,
                (o) -> workshop.estimate(
                        o.id(), o.version(), DAY.atTime(12, 0).atZone(SHANGHAI).toInstant()));
        orderA = approveAndDispatch(orderA, "technician", 1);

        clock.set(DAY, 8, 50, SHANGHAI);
        RepairOrder orderB = receive("manager", b, bookingB);
        orderB = as("manager", orderB, (o) -> workshop.addLabour(o.id(), o.version(), "B-PADF", Payer.CUSTOMER, ""));
        orderB = as(
                "manager",
                orderB,
                (o) -> workshop.addPart(
                        o.id(),
                        o.version(),
                        shinrai.parts.PartNumber.of("04465-33471"),
                        BigDecimal.ONE,
                        Payer.CUSTOMER,
                        ""));
        orderB = as(
                "manager",
                orderB,
                (o) -> workshop.estimate(
                        o.id(), o.version(), DAY.atTime(14, 0).atZone(SHANGHAI).toInstant()));
        orderB = approveAndDispatch(orderB, "foreman", 1);

        clock.set(DAY, 9, 0, SHANGHAI);
        orderA = as("technician", orderA, (o) -> workshop.clockOn(o.id(), o.version(), 1));
        clock.set(DAY, 9, 30, SHANGHAI);
        deliver(orderP);
        clock.set(DAY, 10, 0, SHANGHAI);
        orderB = as("foreman", orderB, (o) -> workshop.clockOn(o.id(), o.version(), 1));
        clock.set(DAY, 10, 30, SHANGHAI);
        orderA = as("technician", orderA, (o) -> workshop.clockOff(o.id(), o.version(), 1, null));
        orderA = checked(orderA, "technician");
        clock.set(DAY, 11, 0, SHANGHAI);
        orderB = as("foreman", orderB, (o) -> workshop.clockOff(o.id(), o.version(), 1, PauseReason.WAITING_FOR_PARTS));
        clock.set(DAY, 11, 30, SHANGHAI);
        deliver(orderA);
        clock.set(DAY, 13, 0, SHANGHAI);
        orderB = as("foreman", orderB, (o) -> workshop.clockOn(o.id(), o.version(), 1));
        clock.set(DAY, 14, 30, SHANGHAI);
        orderB = as("foreman", orderB, (o) -> workshop.clockOff(o.id(), o.version(), 1, null));
        orderB = checked(orderB, "foreman");
        clock.set(DAY, 15, 0, SHANGHAI);
        deliver(orderB);

        clock.set(DAY, 16, 0, SHANGHAI);
        RepairOrder orderC = receive("advisor", c, null);
        orderC = as("advisor", orderC, (o) -> workshop.addLabour(o.id(), o.version(), "M-AIR", Payer.CUSTOMER, ""));
        orderC = as(
                "advisor",
                orderC,
                (o) -> workshop.estimate(
                        o.id(), o.version(), DAY.atTime(18, 0).atZone(SHANGHAI).toInstant()));
        orderC = approveAndDispatch(orderC, "technician", 1);
        clock.set(DAY, 16, 30, SHANGHAI);
        orderC = as("technician", orderC, (o) -> workshop.clockOn(o.id(), o.version(), 1));
        clock.set(DAY, 17, 0, SHANGHAI);
        as("technician", orderC, (o) -> workshop.clockOff(o.id(), o.version(), 1, null));

        clock.set(DAY, 18, 0, SHANGHAI);
        MockHttpSession manager = signIn(mvc, "manager");
        assertThat(mvc.post()
                        .uri("/reports/targets")
                        .session(manager)
                        .with(csrf())
                        .param("month", "2026-11")
                        .param("date", DAY.toString())
                        .param("carsIn", "100")
                        .param("labourRevenue", "10000")
                        .param("partsRevenue", "20000.00")
                        .param("subletRevenue", "1000")
                        .param("hoursSold", "50")
                        .param("promisesKeptPercent", "90")
                        .exchange())
                .hasRedirectedUrl("/reports/daily?date=2026-11-25");
        clock.reset();
    }

    @Test
    void theDayAndTheMonthToDateAddUpAsWorkedByHand() {
        DailyFigures report = staff.as("manager").call(() -> reports.of(DAY));

        PeriodFigures day = report.day();
        assertThat(day.carsIn()).isEqualTo(3);
        assertThat(day.ordersOpened()).isEqualTo(3);
        assertThat(day.ordersDelivered()).isEqualTo(3);
        assertThat(day.promised()).isEqualTo(3);
        assertThat(day.promisesKept()).isEqualTo(2);
        assertThat(day.promisesKeptRate()).isEqualByComparingTo("0.6667");
        assertThat(day.labourRevenue()).isEqualTo(Money.yuan("950.00")); // 380.00 + 456.00 + 114.00 (warranty)
        assertThat(day.partsRevenue()).isEqualTo(Money.yuan("1130.00")); // 52.00 + 398.00 + 680.00
        assertThat(day.subletRevenue()).isEqualTo(Money.yuan("150.00"));
        assertThat(day.otherRevenue()).isEqualTo(Money.ZERO);
        assertThat(day.revenue()).isEqualTo(Money.yuan("2230.00"));
        assertThat(day.hoursSold()).isEqualByComparingTo("2.5"); // 1.0 + 1.2 + 0.3
        assertThat(day.hoursClocked()).isEqualByComparingTo("4.5"); // 刘洋 1.5 + 0.5, 陈强 1.0 + 1.5
        assertThat(day.efficiency()).isEqualByComparingTo("0.5556");
        assertThat(day.booked()).isEqualTo(3);
        assertThat(day.bookingsKept()).isEqualTo(2);

        assertThat(day.advisors())
                .extracting(
                        PeriodFigures.Advisor::name,
                        PeriodFigures.Advisor::carsIn,
                        PeriodFigures.Advisor::ordersOpened,
                        PeriodFigures.Advisor::ordersDelivered,
                        PeriodFigures.Advisor::promisesKept,
                        PeriodFigures.Advisor::labourRevenue,
                        PeriodFigures.Advisor::partsRevenue,
                        PeriodFigures.Advisor::subletRevenue,
                        PeriodFigures.Advisor::revenue,
                        PeriodFigures.Advisor::booked,
                        PeriodFigures.Advisor::bookingsKept)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "张伟",
                                2L,
                                2L,
                                2L,
                                2L,
                                Money.yuan("494.00"),
                                Money.yuan("450.00"),
                                Money.yuan("150.00"),
                                Money.yuan("1094.00"),
                                3L,
                                2L),
                        org.assertj.core.groups.Tuple.tuple(
                                "李明",
                                1L,
                                1L,
                                1L,
                                0L,
                                Money.yuan("456.00"),
                                Money.yuan("680.00"),
                                Money.ZERO,
                                Money.yuan("1136.00"),
                                0L,
                                0L));
        assertThat(advisor(day, "张伟").hoursSold()).isEqualByComparingTo("1.3");
        assertThat(advisor(day, "李明").hoursSold()).isEqualByComparingTo("1.2");
        assertThat(advisor(day, "李明").promisesKeptRate()).isEqualByComparingTo("0");
        assertThat(technician(day, "刘洋").jobsDelivered()).isEqualTo(2);
        assertThat(technician(day, "刘洋").hoursSold()).isEqualByComparingTo("1.3");
        assertThat(technician(day, "刘洋").hoursClocked()).isEqualByComparingTo("2.0");
        assertThat(technician(day, "刘洋").efficiency()).isEqualByComparingTo("0.65");
        assertThat(technician(day, "陈强").jobsDelivered()).isEqualTo(1);
        assertThat(technician(day, "陈强").hoursSold()).isEqualByComparingTo("1.2");
        assertThat(technician(day, "陈强").hoursClocked()).isEqualByComparingTo("2.5");
        assertThat(technician(day, "陈强").efficiency()).isEqualByComparingTo("0.48");

        PeriodFigures month = report.monthToDate();
        assertThat(month.first()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(month.carsIn()).isEqualTo(4);
        assertThat(month.ordersOpened()).isEqualTo(4);
        assertThat(month.ordersDelivered()).isEqualTo(3);
        assertThat(month.promisesKept()).isEqualTo(2);
        assertThat(month.revenue()).isEqualTo(Money.yuan("2230.00"));
        assertThat(month.hoursSold()).isEqualByComparingTo("2.5");
        assertThat(month.hoursClocked()).isEqualByComparingTo("5.0");
        assertThat(month.booked()).isEqualTo(4);
        assertThat(month.bookingsKept()).isEqualTo(3);
        assertThat(advisor(month, "张伟").carsIn()).isEqualTo(3);
        assertThat(advisor(month, "张伟").bookingsKeptRate()).isEqualByComparingTo("0.75");
        assertThat(technician(month, "刘洋").hoursClocked()).isEqualByComparingTo("2.5");
        assertThat(technician(month, "刘洋").efficiency()).isEqualByComparingTo("0.52");

        assertThat(report.target())
                .isEqualTo(new MonthlyTarget(
                        YearMonth.of(2026, 11),
                        100,
                        Money.yuan("10000.00"),
                        Money.yuan("20000.00"),
                        Money.yuan("1000.00"),
                        new BigDecimal("50.0"),
                        new BigDecimal("90.0")));
        DailyFigures.Progress progress = report.progress();
        assertThat(progress.carsIn()).isEqualByComparingTo("0.04");
        assertThat(progress.labourRevenue()).isEqualByComparingTo("0.095");
        assertThat(progress.partsRevenue()).isEqualByComparingTo("0.0565");
        assertThat(progress.subletRevenue()).isEqualByComparingTo("0.15");
        assertThat(progress.hoursSold()).isEqualByComparingTo("0.05");
        assertThat(progress.promisesKept()).isEqualByComparingTo("0.7408"); // 66.67 % of 90 %

        PeriodFigures eve = staff.as("manager").call(() -> reports.of(EVE)).day();
        assertThat(eve.carsIn()).isEqualTo(1);
        assertThat(eve.ordersDelivered()).isZero();
        assertThat(eve.revenue()).isEqualTo(Money.ZERO);
        assertThat(eve.hoursClocked()).isEqualByComparingTo("0.5");
        assertThat(staff.as("manager")
                        .call(() -> reports.of(LocalDate.of(2026, 10, 31)))
                        .target()
                        .carsIn())
                .isNull();
    }

    @Test
    void theExcelWorkbookHoldsTheFiguresAsNumbersWithHeadersInTheReadersLanguage() throws Exception {
        for (String language : List.of("zh", "en")) {
            MvcTestResult export = mvc.get()
                    .uri("/reports/daily.xlsx?date=2026-11-25")
                    .session(signIn(mvc, "manager"))
                    .cookie(new Cookie("shinrai-lang", language))
                    .exchange();
            assertThat(export).hasStatusOk().hasContentType(DailyReportWorkbook.CONTENT_TYPE);
            try (XSSFWorkbook book = new XSSFWorkbook(
                    new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
                Sheet summary = book.getSheetAt(0);
                boolean chinese = language.equals("zh");
                assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo(chinese ? "当日" : "Day");
                Row cars = find(summary, chinese ? "进厂台次" : "Cars in");
                assertThat(cars.getCell(1).getNumericCellValue()).isEqualTo(3);
                assertThat(cars.getCell(2).getNumericCellValue()).isEqualTo(4);
                assertThat(cars.getCell(3).getNumericCellValue()).isEqualTo(100);
                assertThat(cars.getCell(4).getNumericCellValue()).isEqualTo(0.04);
                assertThat(cars.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                Row labour = find(summary, chinese ? "工时收入" : "Labour revenue");
                assertThat(labour.getCell(1).getNumericCellValue()).isEqualTo(950.00);
                assertThat(labour.getCell(1).getCellStyle().getDataFormatString())
                        .isEqualTo("#,##0.00");
                Row kept = find(summary, chinese ? "按时交车率" : "Promised times kept");
                assertThat(kept.getCell(1).getNumericCellValue()).isEqualTo(0.6667);
                assertThat(kept.getCell(3).getNumericCellValue()).isEqualTo(0.9);
                assertThat(find(summary, chinese ? "总收入" : "Total revenue")
                                .getCell(2)
                                .getNumericCellValue())
                        .isEqualTo(2230.00);

                Sheet advisors = book.getSheetAt(1);
                assertThat(book.getSheetName(1)).isEqualTo(chinese ? "服务顾问" : "Advisors");
                Row zhang = advisors.getRow(1).getCell(1).getStringCellValue().equals("张伟")
                        ? advisors.getRow(1)
                        : advisors.getRow(2);
                assertThat(zhang.getCell(10).getNumericCellValue())
                        .as("no discounts")
                        .isZero();
                assertThat(zhang.getCell(11).getNumericCellValue()).isEqualTo(1094.00);
                Sheet technicians = book.getSheetAt(2);
                assertThat(technicians.getLastRowNum()).isEqualTo(4); // two technicians, the day and the month
            }
        }
    }

    @Test
    void thePageShowsTheFiguresInBothLanguages() throws Exception {
        MockHttpSession manager = signIn(mvc, "manager");
        assertThat(page(manager, "zh"))
                .hasStatusOk()
                .bodyText()
                .contains("服务日报", "2026-11-25", "本月累计", "月目标", "进厂台次", "950.00", "2,230.00", "66.7%", "张伟", "刘洋", "陈强")
                .contains("收入在交车当日计入");
        assertThat(page(manager, "en"))
                .hasStatusOk()
                .bodyText()
                .contains("Service daily report", "Month to date", "% of target", "Promised times kept", "1,130.00")
                .contains("Revenue is booked on the day the car is delivered", "Targets for 2026-11");
        assertThat(page(manager, "en").getResponse().getContentAsString())
                .contains("href=\"/reports/daily?date=2026-11-24\"", "href=\"/reports/daily.xlsx?date=2026-11-25\"");
    }

    @Test
    void onlyThoseWhoReadTheDealersFiguresSeeTheReportAndOnlyTheManagersSetTargets() {
        assertThat(mvc.get()
                        .uri("/reports/daily?date=2026-11-25")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/reports/targets")
                        .session(signIn(mvc, "advisor"))
                        .with(csrf())
                        .param("month", "2026-11")
                        .param("carsIn", "1")
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/reports/targets")
                        .session(signIn(mvc, "manager"))
                        .with(csrf())
                        .param("month", "2026-12")
                        .param("promisesKeptPercent", "140")
                        .exchange())
                .hasRedirectedUrl("/reports/daily");
        assertThat(staff.as("manager")
                        .call(() -> reports.of(LocalDate.of(2026, 12, 1)).target()))
                .isEqualTo(MonthlyTarget.none(YearMonth.of(2026, 12)));
    }

    @Test
    void theApiGivesTheSameFiguresAndAnotherDealerSeesNoneOfThem() {
        ApiClient api = new ApiClient(mvc);
        JsonNode d001 = ApiClient.ok(api.get("manager", "/api/v1/reports/daily?date=2026-11-25"));
        assertThat(d001.get("day").get("carsIn").asLong()).isEqualTo(3);
        assertThat(d001.get("day").get("revenue").decimalValue()).isEqualByComparingTo("2230.00");
        assertThat(d001.get("monthToDate").get("bookingsKeptRate").decimalValue())
                .isEqualByComparingTo("0.75");
        assertThat(d001.get("progress").get("carsIn").decimalValue()).isEqualByComparingTo("0.04");
        assertThat(d001.get("day").get("advisors")).hasSize(2);

        JsonNode d002 = ApiClient.ok(api.get("d2.admin", "/api/v1/reports/daily?date=2026-11-25"));
        assertThat(d002.get("day").get("carsIn").asLong()).isZero();
        assertThat(d002.get("monthToDate").get("revenue").decimalValue()).isEqualByComparingTo("0");
        assertThat(d002.get("day").get("advisors")).isEmpty();
        assertThat(d002.get("monthToDate").get("technicians")).isEmpty();
        assertThat(d002.get("target").has("carsIn")).isFalse();
        assertThat(d002.toString()).doesNotContain("张伟", "刘洋", "李明");

        assertThat(api.get("advisor", "/api/v1/reports/daily").getResponse().getStatus())
                .isEqualTo(403);
    }

    private MvcTestResult page(MockHttpSession session, String language) {
        return mvc.get()
                .uri("/reports/daily?date=2026-11-25")
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .exchange();
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static PeriodFigures.Advisor advisor(PeriodFigures figures, String name) {
        return figures.advisors().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static PeriodFigures.Technician technician(PeriodFigures figures, String name) {
        return figures.technicians().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private CustomersWithCars.Registered car(CustomersWithCars cars) {
        int unique = (int) ((System.nanoTime() / 1000 + CARS.incrementAndGet()) % 1_000_000);
        return cars.register(
                staff.as("advisor"),
                "日报客户",
                null,
                String.format("1981%07d", unique),
                "",
                String.format("LFMC12340NP%06d", unique),
                String.format("苏E%05d", unique % 100_000));
    }

    private long book(CustomersWithCars.Registered car, LocalDate day, LocalTime time, long advisor) {
        Appointment booked = staff.as("advisor")
                .call(() -> appointments
                        .book(new BookingRequest(
                                car.customerId(),
                                car.vehicleId(),
                                day,
                                time,
                                advisor,
                                Set.of(ServiceRequest.ROUTINE_MAINTENANCE),
                                "",
                                Transport.WAIT,
                                BookingChannel.PHONE,
                                false))
                        .appointment());
        return booked.id();
    }

    private RepairOrder receive(String username, CustomersWithCars.Registered car, @Nullable Long appointment) {
        Reception reception = staff.as(username)
                .call(() -> receptions.receive(new ReceptionRequest(
                        appointment, car.vehicleId(), "保养", 20_000, false, 4, "", List.of(), true, true, true)));
        return staff.as(username).call(() -> workshop.get(new RepairOrderId(reception.repairOrderId())));
    }

    private RepairOrder as(String username, RepairOrder order, Function<RepairOrder, RepairOrder> step) {
        DealerScope scope = staff.as(username);
        return scope.call(() -> step.apply(workshop.get(order.id())));
    }

    private RepairOrder approveAndDispatch(RepairOrder order, String technician, int line) {
        RepairOrder approved = as(
                "advisor",
                order,
                (o) -> workshop.approve(
                        o.id(),
                        o.version(),
                        new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "日报客户", "19812345678", null),
                        List.of()));
        StaffId who = staff.staffId(technician);
        return as("foreman", approved, (o) -> workshop.dispatch(o.id(), o.version(), line, who));
    }

    private RepairOrder checked(RepairOrder order, String technician) {
        RepairOrder self = as(
                technician,
                order,
                (o) -> workshop.passCheck(
                        o.id(),
                        o.version(),
                        CheckLevel.SELF,
                        staff.allOk(o.id(), CheckLevel.SELF),
                        "",
                        java.util.List.of()));
        RepairOrder team = as(
                "foreman",
                self,
                (o) -> workshop.passCheck(
                        o.id(),
                        o.version(),
                        CheckLevel.TEAM_LEADER,
                        staff.allOk(o.id(), CheckLevel.TEAM_LEADER),
                        "",
                        java.util.List.of()));
        return as(
                "inspector",
                team,
                (o) -> workshop.passCheck(
                        o.id(),
                        o.version(),
                        CheckLevel.FINAL,
                        staff.allOk(o.id(), CheckLevel.FINAL),
                        "",
                        java.util.List.of()));
    }

    private RepairOrder deliver(RepairOrder order) {
        RepairOrder cleaned = as("advisor", order, (o) -> workshop.recordCleanUp(o.id(), o.version(), true, true));
        return as("advisor", cleaned, (o) -> workshop.deliver(o.id(), o.version(), new Handover(true, true, 5, 5)));
    }
}
