package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;

/**
 * The bays on the workshop's pages: each bay a row of the dispatch board with the car running in it, the work done
 * there and the jobs waiting for it; the foreman putting a job in a bay by select or by dropping it on the bay's row;
 * and the service manager's page that keeps the list of bays.
 */
@ApplicationTest
class BayPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Bays bays;

    @Autowired
    VehicleRegister vehicles;

    WorkshopFixtures fixtures;
    DealerScope manager;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired DataSource app,
            @Autowired Clock clock) {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        manager = fixtures.as("manager");
    }

    @Test
    void eachBayIsARowOfTheBoardWithTheCarRunningInItTheJobsWaitingAndTwoCarsAtOnceAsAConflict() {
        Bay bay = manager.call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        RepairOrder first = clockedOn(dispatched(fixtures.approved(), bay));
        RepairOrder second = clockedOn(dispatched(fixtures.approved(), bay));
        RepairOrder waiting = fixtures.approved();
        fixtures.as("foreman").run(() -> fixtures.workshop().moveToBay(waiting.id(), waiting.version(), 1, bay.id()));

        String zh = html(board(signIn(mvc, "foreman"), "zh"));
        String row = bayRow(zh, bay);
        assertThat(row)
                .contains(bay.name(), "机修工位", "冲突：2 辆车同时在此工位作业", "排队 1：", plate(waiting), "未派工")
                .contains("data-block=\"" + first.number() + "-1\"", "data-block=\"" + second.number() + "-1\"")
                .contains("job-IN_PROGRESS", "作业中")
                .contains("data-drop-bay=\"" + bay.id() + "\"");
        assertThat(lane(zh)).contains(waiting.number(), "工位：" + bay.name());
        assertThat(between(zh, "data-job=\"" + first.number() + "-1\"", "</tr>"))
                .contains(bay.name());

        String en = html(board(signIn(mvc, "foreman"), "en"));
        assertThat(bayRow(en, bay))
                .contains("General repair", "Conflict: 2 cars being worked on in this bay at once", "Waiting (1):")
                .contains("not dispatched", "In progress");
        assertThat(en).contains("Bays", "Drag a waiting job onto a bay to put it in that bay.");
    }

    @Test
    void theForemanDispatchesAJobIntoABayAndDropsAnotherOnABaysRow() {
        Bay bay = manager.call(() -> bays.add(unique("快保"), BayKind.EXPRESS_SERVICE));
        RepairOrder given = fixtures.approved();
        RepairOrder dropped = fixtures.approved();
        MockHttpSession foreman = signIn(mvc, "foreman");
        long technician = fixtures.staffId("technician").value();

        assertThat(post(
                        foreman,
                        "zh",
                        "/workshop/board/orders/" + given.id() + "/jobs/1",
                        given,
                        technician,
                        bay.id().value()))
                .hasRedirectedUrl("/workshop/board");
        assertThat(html(board(foreman, "zh"))).contains("已派工给 刘洋，工位：" + bay.name() + "。");
        assertThat(line(given).technician()).isEqualTo(new StaffId(technician));
        assertThat(line(given).bay()).isEqualTo(bay.id());

        assertThat(post(
                        foreman,
                        "zh",
                        "/workshop/board/orders/" + dropped.id() + "/jobs/1/bay",
                        dropped,
                        null,
                        bay.id().value()))
                .hasRedirectedUrl("/workshop/board");
        String zh = html(board(foreman, "zh"));
        assertThat(zh).contains("已安排到 " + bay.name() + "。");
        assertThat(line(dropped).bay()).isEqualTo(bay.id());
        assertThat(line(dropped).technician()).isNull();
        assertThat(bayRow(zh, bay)).contains("排队 2：", plate(given), plate(dropped), "刘洋", "未派工");

        RepairOrder now = fixtures.as("foreman").call(() -> fixtures.workshop().get(dropped.id()));
        post(foreman, "zh", "/workshop/board/orders/" + dropped.id() + "/jobs/1/bay", now, null, null);
        assertThat(html(board(foreman, "zh"))).contains("已移出工位。");
        assertThat(line(dropped).bay()).isNull();
    }

    @Test
    void aBayOutOfServiceUnknownOrOfAnotherDealerIsRefusedInTheForemansLanguage() {
        Bay closed = manager.call(() -> bays.add(unique("举升机"), BayKind.GENERAL_REPAIR));
        manager.run(() -> bays.change(closed.id(), closed.name(), closed.kind(), false));
        long d002 = DealerScope.systemFor(2).call(() -> bays.all().get(0).id().value());
        RepairOrder approved = fixtures.approved();
        MockHttpSession foreman = signIn(mvc, "foreman");
        long technician = fixtures.staffId("technician").value();
        String dispatch = "/workshop/board/orders/" + approved.id() + "/jobs/1";

        post(foreman, "zh", dispatch, approved, technician, closed.id().value());
        assertThat(html(board(foreman, "zh"))).contains("“" + closed.name() + "”已停用，不能再安排作业。");
        post(foreman, "en", dispatch, approved, technician, closed.id().value());
        assertThat(html(board(foreman, "en"))).contains(closed.name() + " is out of service; no job can be put in it.");
        post(foreman, "zh", dispatch, approved, technician, d002);
        assertThat(html(board(foreman, "zh"))).contains("本店没有编号为 " + d002 + " 的工位。");
        post(foreman, "en", dispatch + "/bay", approved, null, 999_999_999L);
        assertThat(html(board(foreman, "en"))).contains("There is no bay 999999999 at this dealer.");
        assertThat(line(approved).technician()).isNull();
        assertThat(line(approved).bay()).isNull();
        assertThat(html(board(foreman, "zh")))
                .as("a bay out of service is no choice (found by name: a technician may share its id)")
                .doesNotContain(">" + closed.name() + "</option>");
    }

    @Test
    void theServiceManagerAddsRenamesMovesAndTakesBaysOutOfServiceAndTheForemanMayNot() {
        MockHttpSession session = signIn(mvc, "manager");
        assertThat(html(page(session, "zh"))).contains("工位设置", "快保1", "烤漆房", "新增工位", "四轮定位/举升");
        assertThat(html(page(session, "en"))).contains("Bays", "Paint booth", "In service");
        assertThat(page(signIn(mvc, "foreman"), "zh")).hasStatus(403);
        assertThat(page(signIn(mvc, "admin"), "zh")).hasStatusOk();

        String name = unique("5号工位");
        assertThat(add(session, "zh", name, "GENERAL_REPAIR")).hasRedirectedUrl("/workshop/bays");
        Bay added = manager.call(() -> bays.all().stream()
                .filter(bay -> bay.name().equals(name))
                .findFirst()
                .orElseThrow());
        String zh = html(page(session, "zh"));
        assertThat(zh).contains("已添加工位“" + name + "”。");
        assertThat(between(zh, "id=\"bay-" + added.id() + "\"", "</tr>")).contains("bay-remove", "在用");

        assertThat(change(session, "zh", added, name + "B", "BODY")).hasRedirectedUrl("/workshop/bays");
        assertThat(manager.call(() -> bays.get(added.id())))
                .extracting(Bay::name, Bay::kind)
                .containsExactly(name + "B", BayKind.BODY);
        assertThat(mvc.post()
                        .uri("/workshop/bays/" + added.id() + "/position")
                        .session(session)
                        .with(csrf())
                        .param("direction", "up")
                        .exchange())
                .hasRedirectedUrl("/workshop/bays");
        assertThat(manager.call(() -> bays.get(added.id())).position()).isEqualTo(added.position() - 1);
        assertThat(mvc.post()
                        .uri("/workshop/bays/" + added.id() + "/active")
                        .session(session)
                        .with(csrf())
                        .param("active", "false")
                        .exchange())
                .hasRedirectedUrl("/workshop/bays");
        assertThat(between(html(page(session, "zh")), "id=\"bay-" + added.id() + "\"", "</tr>"))
                .contains("已停用", "启用");
        assertThat(mvc.post()
                        .uri("/workshop/bays/" + added.id() + "/removal")
                        .session(session)
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/workshop/bays");
        assertThat(html(page(session, "zh")))
                .contains("已删除工位“" + name + "B”。")
                .doesNotContain("id=\"bay-" + added.id() + "\"");
    }

    @Test
    void aBadNameIsShownOnItsFieldAndABayWithHistoryCannotBeRemoved() {
        MockHttpSession session = signIn(mvc, "manager");
        String name = unique("快保");
        add(session, "zh", name, "EXPRESS_SERVICE");

        assertThat(html(add(session, "zh", name, "EXPRESS_SERVICE"))).contains("is-invalid", "已有名为“" + name + "”的工位。");
        assertThat(html(add(session, "en", name, "EXPRESS_SERVICE")))
                .contains("There is already a bay called " + name + ".");
        assertThat(html(add(session, "zh", " ", "BODY"))).contains("is-invalid", "请填写工位名称。");
        assertThat(html(add(session, "zh", "工".repeat(41), "BODY"))).contains("is-invalid", "40");
        assertThat(add(session, "zh", "新工位", "NO_SUCH_KIND")).hasStatusOk();

        Bay used = manager.call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        RepairOrder approved = fixtures.approved();
        fixtures.as("foreman")
                .run(() -> fixtures.workshop().moveToBay(approved.id(), approved.version(), 1, used.id()));
        String row = between(
                html(change(session, "zh", used, name, "GENERAL_REPAIR")), "id=\"bay-" + used.id() + "\"", "</tr>");
        assertThat(row).contains("is-invalid", "已有名为“" + name + "”的工位。");
        String page = html(page(session, "zh"));
        assertThat(between(page, "id=\"bay-" + used.id() + "\"", "</tr>"))
                .contains("有作业记录")
                .doesNotContain("bay-remove");
        mvc.post()
                .uri("/workshop/bays/" + used.id() + "/removal")
                .session(session)
                .with(csrf())
                .exchange();
        assertThat(html(page(session, "zh"))).contains("“" + used.name() + "”已有作业记录，不能删除，只能停用。");
        assertThat(manager.call(() -> bays.get(used.id()))).isNotNull();
    }

    @Test
    void theTechnicianSeesTheBayOfTheirJobOnTheirPhoneAndTheOrderPageShowsAndMovesIt() {
        Bay bay = manager.call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        RepairOrder order = dispatched(fixtures.approved(), bay);
        String phone = html(mvc.get()
                .uri("/workshop/my-jobs")
                .session(signIn(mvc, "technician"))
                .cookie(new Cookie("shinrai-lang", "zh"))
                .exchange());
        assertThat(between(phone, "data-job=\"" + order.number() + "-1\"", "clock-on"))
                .contains("工位：" + bay.name());

        MockHttpSession foreman = signIn(mvc, "foreman");
        String page = html(
                mvc.get().uri("/repair-orders/" + order.id()).session(foreman).exchange());
        assertThat(page).contains("工位：" + bay.name(), "out-of-bay", "<option value=\"" + bay.id() + "\" selected");
        assertThat(mvc.post()
                        .uri("/repair-orders/" + order.id() + "/jobs/1/bay")
                        .session(foreman)
                        .with(csrf())
                        .param("version", String.valueOf(order.version()))
                        .exchange())
                .hasRedirectedUrl("/repair-orders/" + order.id());
        assertThat(line(order).bay()).isNull();
    }

    @Test
    void theBookingSetUpShowsHowManyBaysTheWorkshopHasInEachSectionBesideThePlacesASlotTakes() {
        MockHttpSession session = signIn(mvc, "manager");
        long paint = manager.call(bays::active).stream()
                .filter(bay -> java.util.Set.of(BayKind.BODY, BayKind.PAINT_PREPARATION, BayKind.PAINT_BOOTH)
                        .contains(bay.kind()))
                .count();
        String zh = html(mvc.get()
                .uri("/appointments/settings")
                .session(session)
                .cookie(new Cookie("shinrai-lang", "zh"))
                .exchange());
        assertThat(between(zh, "id=\"bays-BODY_PAINT\"", "</form>")).contains("工位设置中在用 " + paint + " 个");
        assertThat(html(mvc.get()
                        .uri("/appointments/settings")
                        .session(session)
                        .cookie(new Cookie("shinrai-lang", "en"))
                        .exchange()))
                .contains("in service under Bays");
    }

    private RepairOrder dispatched(RepairOrder approved, Bay bay) {
        StaffId technician = fixtures.staffId("technician");
        return fixtures.as("foreman")
                .call(() -> fixtures.workshop().dispatch(approved.id(), approved.version(), 1, technician, bay.id()));
    }

    private RepairOrder clockedOn(RepairOrder dispatched) {
        return fixtures.as("technician")
                .call(() -> fixtures.workshop().clockOn(dispatched.id(), dispatched.version(), 1));
    }

    private RepairOrderLine line(RepairOrder order) {
        return fixtures.as("foreman")
                .call(() -> fixtures.workshop().get(order.id()))
                .lines()
                .get(0);
    }

    private String plate(RepairOrder order) {
        return fixtures.as("advisor")
                .call(() -> vehicles.get(order.vehicle().value()).plate().value());
    }

    private MvcTestResult board(MockHttpSession session, String language) {
        return mvc.get()
                .uri("/workshop/board")
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .exchange();
    }

    private MvcTestResult page(MockHttpSession session, String language) {
        return mvc.get()
                .uri("/workshop/bays")
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .exchange();
    }

    private MvcTestResult post(
            MockHttpSession session,
            String language,
            String uri,
            RepairOrder order,
            @org.jspecify.annotations.Nullable Long technician,
            @org.jspecify.annotations.Nullable Long bay) {
        var request = mvc.post()
                .uri(uri)
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .with(csrf())
                .param("version", String.valueOf(order.version()));
        if (technician != null) {
            request = request.param("technicianId", String.valueOf(technician));
        }
        request = request.param("bayId", bay == null ? "" : String.valueOf(bay));
        return request.exchange();
    }

    private MvcTestResult add(MockHttpSession session, String language, String name, String kind) {
        return mvc.post()
                .uri("/workshop/bays")
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .with(csrf())
                .param("name", name)
                .param("kind", kind)
                .exchange();
    }

    private MvcTestResult change(MockHttpSession session, String language, Bay bay, String name, String kind) {
        return mvc.post()
                .uri("/workshop/bays/" + bay.id())
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .with(csrf())
                .param("name", name)
                .param("kind", kind)
                .exchange();
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A bay's row of the board, up to the next row. */
    private static String bayRow(String html, Bay bay) {
        return between(html, "data-bay-id=\"" + bay.id() + "\"", "class=\"dispatch-row");
    }

    /** The waiting lane of the board. */
    private static String lane(String html) {
        return between(html, "id=\"waiting-jobs\"", "id=\"technician-rows\"");
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        int to = html.indexOf(end, from + start.length());
        return html.substring(from, to < 0 ? html.length() : to);
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000;
    }
}
