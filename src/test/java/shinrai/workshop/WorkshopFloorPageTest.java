package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.NEW_HIRE_PASSWORD;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.TestClock;
import shinrai.customer.CustomerBook;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;

/**
 * The workshop floor as the foreman and the technicians use it: the dispatch board (派工看板) with its waiting lane
 * and the technicians' rows, dispatching from it, and the technician's phone page (我的工单) with its clocking
 * buttons and the day's efficiency.
 */
@ApplicationTest
class WorkshopFloorPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Staff staff;

    WorkshopFixtures fixtures;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app,
            @Autowired Clock clock) {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
    }

    @Test
    void theBoardListsAWaitingJobAndADispatchedOneWithTheirStates() {
        RepairOrder waiting = fixtures.approved();
        RepairOrder running = clockedOn(dispatched(fixtures.approved(), "technician"), "technician");

        String zh = html(board(signIn(mvc, "foreman"), "zh"));
        assertThat(lane(zh)).contains(waiting.number(), "更换机油及机油滤清器", "0.5 工时").doesNotContain(running.number());
        assertThat(row(zh, running.number() + "-1")).contains("作业中", "更换机油及机油滤清器");
        assertThat(zh)
                .contains(
                        "派工看板",
                        "待派工",
                        "data-technician-id=\"" + fixtures.staffId("technician").value() + "\"");

        String en = html(board(signIn(mvc, "foreman"), "en"));
        assertThat(row(en, running.number() + "-1")).contains("In progress");
        assertThat(en).contains("Dispatch board", "Waiting for dispatch");
    }

    @Test
    void theBoardShowsAPausedJobWithItsReasonAndAGivenJobNotYetStarted() {
        RepairOrder given = dispatched(fixtures.approved(), "technician");
        RepairOrder on = clockedOn(dispatched(fixtures.approved(), "technician"), "technician");
        fixtures.as("technician")
                .run(() -> fixtures.workshop().clockOff(on.id(), on.version(), 1, PauseReason.WAITING_FOR_PARTS));

        String zh = html(board(signIn(mvc, "foreman"), "zh"));
        assertThat(row(zh, given.number() + "-1")).contains("待开工");
        assertThat(row(zh, on.number() + "-1")).contains("暂停", "等待配件");
        assertThat(html(board(signIn(mvc, "foreman"), "en"))).contains("Waiting for parts");
    }

    @Test
    void theForemanDispatchesFromTheBoardAndAStaleVersionIsRefusedWithWhoChangedIt() {
        RepairOrder approved = fixtures.approved();
        MockHttpSession foreman = signIn(mvc, "foreman");
        long technician = fixtures.staffId("technician").value();

        assertThat(dispatchFromBoard(foreman, approved, technician, "zh")).hasRedirectedUrl("/workshop/board");
        RepairOrder after =
                fixtures.as("foreman").call(() -> fixtures.workshop().get(approved.id()));
        assertThat(after.lines().get(0).technician()).isEqualTo(new StaffId(technician));
        String zh = html(board(foreman, "zh"));
        assertThat(zh).contains("已派工给");
        assertThat(lane(zh)).doesNotContain(approved.number());
        assertThat(row(zh, approved.number() + "-1")).contains("待开工");

        dispatchFromBoard(foreman, approved, technician, "zh");
        assertThat(html(board(foreman, "zh"))).containsPattern("该委托书已被 .+ 于 \\d{2}:\\d{2} 修改，请刷新后再操作。");
        dispatchFromBoard(foreman, approved, technician, "en");
        assertThat(html(board(foreman, "en"))).containsPattern("Changed by .+ at \\d{2}:\\d{2}; reload and try again.");
    }

    @Test
    void onlyTheForemanSeesTheBoardAndTheTechnicianHasTheirOwnPage() {
        assertThat(board(signIn(mvc, "technician"), "zh")).hasStatus(403);
        assertThat(board(signIn(mvc, "advisor"), "zh")).hasStatus(403);
        assertThat(html(page(signIn(mvc, "technician"), "/", "zh")))
                .contains("我的工单")
                .doesNotContain("派工看板");
        assertThat(html(page(signIn(mvc, "foreman"), "/", "zh"))).contains("我的工单", "派工看板");
        assertThat(page(signIn(mvc, "advisor"), "/workshop/my-jobs", "zh")).hasStatus(403);
    }

    @Test
    void aTechnicianSeesOnlyTheirOwnJobsAndClocksOnAndOffFromTheirPhone() {
        String username = hire("phone.tech");
        RepairOrder mine = dispatched(fixtures.approved(), username);
        RepairOrder someoneElses = dispatched(fixtures.approved(), "technician");
        RepairOrder supplemented = fixtures.as("advisor")
                .call(() -> fixtures.workshop()
                        .addLabour(mine.id(), mine.version(), "B-PADF", Payer.CUSTOMER, "前刹车片剩 2 mm"));
        MockHttpSession phone = signIn(mvc, username, NEW_HIRE_PASSWORD);

        String zh = html(page(phone, "/workshop/my-jobs", "zh"));
        assertThat(zh)
                .contains(mine.number(), "更换机油及机油滤清器", "到保养里程了，顺便看看刹车有异响", "实际 0.00 / 标准 0.50 工时")
                .doesNotContain(someoneElses.number());
        assertThat(card(zh, mine.number() + "-4"))
                .contains("待客户确认", "客户尚未确认，不能开工")
                .doesNotContain("clock-on");
        assertThat(card(html(page(phone, "/workshop/my-jobs", "en")), mine.number() + "-4"))
                .contains("not yet approved by the customer");

        assertThat(clock(phone, supplemented, 1, "clock-on")).hasRedirectedUrl("/workshop/my-jobs");
        RepairOrder on = fixtures.as("advisor").call(() -> fixtures.workshop().get(mine.id()));
        assertThat(on.lines().get(0).job()).isEqualTo(JobStatus.IN_PROGRESS);
        assertThat(card(html(page(phone, "/workshop/my-jobs", "zh")), mine.number() + "-1"))
                .contains("作业中", "完工", "暂停");

        assertThat(clock(phone, on, 1, "clock-off", "pauseReason", "END_OF_SHIFT"))
                .hasRedirectedUrl("/workshop/my-jobs");
        RepairOrder paused =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(mine.id()));
        assertThat(paused.lines().get(0).pauseReason()).isEqualTo(PauseReason.END_OF_SHIFT);
        assertThat(card(html(page(phone, "/workshop/my-jobs", "zh")), mine.number() + "-1"))
                .contains("暂停原因：下班", "继续作业");

        clock(phone, paused, 1, "clock-on");
        assertThat(html(page(phone, "/workshop/my-jobs", "zh"))).contains("已开工。");
        RepairOrder resumed =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(mine.id()));
        clock(phone, resumed, 1, "clock-off");
        RepairOrder done = fixtures.as("advisor").call(() -> fixtures.workshop().get(mine.id()));
        assertThat(done.lines().get(0).job()).isEqualTo(JobStatus.DONE);
        assertThat(card(html(page(phone, "/workshop/my-jobs", "zh")), mine.number() + "-1"))
                .contains("完工");

        clock(phone, done, 4, "clock-on");
        assertThat(html(page(phone, "/workshop/my-jobs", "zh"))).contains("第 4 项尚未经客户确认，不能开工。");
    }

    /** A hand-worked day: a 1.0-hour wheel alignment done in 48 minutes is 1.0 / 0.8 = 125%. */
    @Test
    void theTechniciansEfficiencyIsTheStandardHoursTheyFinishedOverTheHoursTheyClockedOnThem(
            @Autowired DealerDirectory dealers, @Autowired TestClock clock) {
        String username = hire("efficient.tech");
        RepairOrder opened = fixtures.opened();
        RepairOrder approved = fixtures.as("advisor").call(() -> {
            Workshop workshop = fixtures.workshop();
            RepairOrder o = workshop.addLabour(opened.id(), opened.version(), "S-ALIGN", Payer.CUSTOMER, "跑偏");
            o = workshop.estimate(o.id(), o.version(), clock.instant().plus(Duration.ofDays(1)));
            return workshop.approve(
                    o.id(),
                    o.version(),
                    new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "王修车", "19712345678", null),
                    List.of());
        });
        RepairOrder given = dispatched(approved, username);

        ZoneId zone = fixtures.as("advisor").call(() -> dealers.current().zone());
        Instant earlyToday = LocalDate.now(clock.withZone(zone))
                .atStartOfDay(zone)
                .plusHours(1)
                .toInstant();
        DealerScope technician = fixtures.as(username);
        clock.set(earlyToday);
        RepairOrder on = technician.call(() -> fixtures.workshop().clockOn(given.id(), given.version(), 1));
        clock.advance(Duration.ofMinutes(48));
        technician.run(() -> fixtures.workshop().clockOff(on.id(), on.version(), 1, null));
        clock.reset();

        String zh = html(page(signIn(mvc, username, NEW_HIRE_PASSWORD), "/workshop/my-jobs", "zh"));
        assertThat(zh).contains("今日效率", "125%", "实际 0.80 / 标准 1.00 工时");
        assertThat(between(zh, "id=\"standard-done\"", "</div>")).contains("1.00");
        assertThat(between(zh, "id=\"clocked-today\"", "</div>")).contains("0.80");
    }

    @Test
    void theBoardIsDataForAWorkshopScreenToo() {
        RepairOrder waiting = fixtures.approved();
        RepairOrder running = clockedOn(dispatched(fixtures.approved(), "technician"), "technician");
        shinrai.ApiClient api = new shinrai.ApiClient(mvc);
        tools.jackson.databind.JsonNode board = shinrai.ApiClient.ok(api.get("foreman", "/api/v1/workshop/board"));
        assertThat(board.get("waiting").toString()).contains(waiting.number()).doesNotContain(running.number());
        long technician = fixtures.staffId("technician").value();
        tools.jackson.databind.JsonNode row = null;
        for (tools.jackson.databind.JsonNode each : board.get("technicians")) {
            if (each.get("id").asLong() == technician) {
                row = each;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("jobs").toString()).contains(running.number(), "\"IN_PROGRESS\"");
        assertThat(api.get("technician", "/api/v1/workshop/board")).hasStatus(403);
        assertThat(api.get("foreman", "/api/v1/workshop/board?date=not-a-day")).hasStatus(400);
    }

    private String hire(String prefix) {
        String username = prefix + "." + System.nanoTime() % 100000;
        DealerScope.systemFor(WorkshopFixtures.D001)
                .run(() -> staff.hire(
                        new Staff.NewStaffMember(username, "测试技师", NEW_HIRE_PASSWORD, EnumSet.of(Role.TECHNICIAN))));
        return username;
    }

    private RepairOrder dispatched(RepairOrder approved, String technician) {
        StaffId to = fixtures.staffId(technician);
        return fixtures.as("foreman")
                .call(() -> fixtures.workshop().dispatch(approved.id(), approved.version(), 1, to));
    }

    private RepairOrder clockedOn(RepairOrder dispatched, String technician) {
        return fixtures.as(technician)
                .call(() -> fixtures.workshop().clockOn(dispatched.id(), dispatched.version(), 1));
    }

    private MvcTestResult board(MockHttpSession session, String language) {
        return page(session, "/workshop/board", language);
    }

    private MvcTestResult page(MockHttpSession session, String path, String language) {
        return mvc.get()
                .uri(path)
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .exchange();
    }

    private MvcTestResult dispatchFromBoard(
            MockHttpSession session, RepairOrder order, long technician, String language) {
        return mvc.post()
                .uri("/workshop/board/orders/" + order.id() + "/jobs/1")
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .with(csrf())
                .param("version", String.valueOf(order.version()))
                .param("technicianId", String.valueOf(technician))
                .exchange();
    }

    private MvcTestResult clock(MockHttpSession session, RepairOrder order, int line, String step, String... fields) {
        var request = mvc.post()
                .uri("/workshop/my-jobs/orders/" + order.id() + "/jobs/" + line + "/" + step)
                .session(session)
                .with(csrf())
                .param("version", String.valueOf(order.version()));
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The waiting lane of the board. */
    private static String lane(String html) {
        return between(html, "id=\"waiting-jobs\"", "id=\"technician-rows\"");
    }

    /** The row of the dispatched jobs' table for job {@code number-line}. */
    private static String row(String html, String job) {
        return between(html, "data-job=\"" + job + "\"", "</tr>");
    }

    /** The card of the technician's page for job {@code number-line}. */
    private static String card(String html, String job) {
        String from = html.substring(html.indexOf("data-job=\"" + job + "\""));
        int next = from.indexOf("data-job=", 10);
        return next < 0 ? from : from.substring(0, next);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        int to = html.indexOf(end, from + start.length());
        return html.substring(from, to < 0 ? html.length() : to);
    }
}
