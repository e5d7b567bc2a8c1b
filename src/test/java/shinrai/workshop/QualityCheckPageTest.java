package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.vehicle.VehicleRegister;

/**
 * The quality check on the repair order page: the checklist for the work on the order, ticked item by item with
 * notes and camera photos, kept with the check and shown in the order's history; photos only for the dealer's staff.
 */
@ApplicationTest
class QualityCheckPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Checklists checklists;

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
    void theTechnicianTicksTheChecklistAddsAPhotoAndTheCheckIsShownWithBoth() throws Exception {
        RepairOrder repaired = fixtures.repaired();
        MockHttpSession technician = signIn(mvc, "technician");
        assertThat(page(technician, repaired, "zh"))
                .bodyText()
                .contains("自检", "机油液位在油尺上下限之间，机油牌号、粘度与工单一致", "四轮及备胎气压已按标准调整");
        assertThat(page(technician, repaired, "en"))
                .bodyText()
                .contains("Tyre pressures set to specification, spare included");

        List<ItemResult> allOk = fixtures.allOk(repaired.id(), CheckLevel.SELF);
        byte[] photo = WorkshopFixtures.aPhoto();
        var check = checkRequest(technician, repaired, "zh", "SELF", true)
                .file(new MockMultipartFile("photos", "filter.png", "image/png", photo));
        for (ItemResult item : allOk) {
            check = check.param("item-" + item.ref(), "OK");
        }
        check = check.param("note-MAINTENANCE.filterNoLeak", "新滤芯已擦净复查");
        assertThat(check.exchange()).hasRedirectedUrl("/repair-orders/" + repaired.id());

        RepairOrder checked =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(repaired.id()));
        assertThat(checked.status()).isEqualTo(RepairOrderStatus.SELF_CHECKED);
        String photoPath = "/repair-orders/" + repaired.id() + "/checks/1/photos/1";
        assertThat(page(signIn(mvc, "advisor"), checked, "zh"))
                .bodyText()
                .contains("质量检验记录", "自检", "合格", "新滤芯已擦净复查", "保养提示已归零，下次保养提示贴已贴好");
        assertThat(page(signIn(mvc, "advisor"), checked, "zh").getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(photoPath);
        MvcTestResult served =
                mvc.get().uri(photoPath).session(signIn(mvc, "advisor")).exchange();
        assertThat(served).hasStatusOk().hasContentType("image/png");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(photo);
    }

    @Test
    void passingWithAnItemNotTickedIsRefusedNamingTheItemInEitherLanguage() {
        RepairOrder repaired = fixtures.repaired();
        MockHttpSession technician = signIn(mvc, "technician");
        List<ItemResult> allOk = fixtures.allOk(repaired.id(), CheckLevel.SELF);
        for (String language : List.of("zh", "en")) {
            var check = checkRequest(technician, repaired, language, "SELF", true);
            for (ItemResult item : allOk.subList(1, allOk.size())) {
                check = check.param("item-" + item.ref(), "OK");
            }
            assertThat(check.exchange()).hasRedirectedUrl("/repair-orders/" + repaired.id());
        }
        assertThat(page(technician, repaired, "zh"))
                .bodyText()
                .contains("检查项“机油液位在油尺上下限之间，机油牌号、粘度与工单一致”尚未勾选合格（共 1 项未勾选）");
        checkRequest(technician, repaired, "en", "SELF", true).exchange();
        assertThat(page(technician, repaired, "en")).bodyText().contains("is not ticked as in order (");
        RepairOrder still =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(repaired.id()));
        assertThat(still.status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
    }

    @Test
    void anItemNotInOrderFailsTheCheckAndSendsTheMaintenanceJobBack() {
        RepairOrder repaired = fixtures.repaired();
        MockHttpSession technician = signIn(mvc, "technician");
        var check = checkRequest(technician, repaired, "zh", "SELF", false).param("notes", "放油螺塞渗油");
        for (ItemResult item : fixtures.allOk(repaired.id(), CheckLevel.SELF)) {
            check = check.param("item-" + item.ref(), item.ref().equals("MAINTENANCE.filterNoLeak") ? "NOT_OK" : "OK");
        }
        assertThat(check.exchange()).hasRedirectedUrl("/repair-orders/" + repaired.id());

        RepairOrder back = fixtures.as("advisor").call(() -> fixtures.workshop().get(repaired.id()));
        assertThat(back.lines().get(0).job()).isEqualTo(JobStatus.WAITING);
        assertThat(back.lines().get(0).reworks()).isEqualTo(1);
        assertThat(page(technician, back, "zh")).bodyText().contains("不合格，返工", "放油螺塞渗油", "✗");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithTheFieldNamedInEitherLanguage() {
        RepairOrder repaired = fixtures.repaired();
        MockHttpSession technician = signIn(mvc, "technician");
        List<ItemResult> allOk = fixtures.allOk(repaired.id(), CheckLevel.SELF);
        MockMultipartFile notAPhoto = new MockMultipartFile(
                "photos", "report.pdf", "image/jpeg", "%PDF-1.7 not a photo".getBytes(StandardCharsets.US_ASCII));
        var check = checkRequest(technician, repaired, "zh", "SELF", true).file(notAPhoto);
        for (ItemResult item : allOk) {
            check = check.param("item-" + item.ref(), "OK");
        }
        assertThat(check.exchange()).hasRedirectedUrl("/repair-orders/" + repaired.id());
        assertThat(page(technician, repaired, "zh")).bodyText().contains("检验照片：report.pdf 不是 JPEG 或 PNG 图片。");

        var inEnglish = checkRequest(technician, repaired, "en", "SELF", true).file(notAPhoto);
        for (ItemResult item : allOk) {
            inEnglish = inEnglish.param("item-" + item.ref(), "OK");
        }
        inEnglish.exchange();
        assertThat(page(technician, repaired, "en"))
                .bodyText()
                .contains("Check photos: report.pdf is not a JPEG or PNG image.");
        RepairOrder still =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(repaired.id()));
        assertThat(still.status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
    }

    @Test
    void anotherDealersStaffCannotSeeThePhoto() {
        RepairOrder repaired = fixtures.repaired();
        fixtures.as("technician")
                .run(() -> fixtures.workshop()
                        .passCheck(
                                repaired.id(),
                                repaired.version(),
                                CheckLevel.SELF,
                                fixtures.allOk(repaired.id(), CheckLevel.SELF),
                                "",
                                List.of(new CheckPhoto("image/png", WorkshopFixtures.aPhoto()))));
        String photoPath = "/repair-orders/" + repaired.id() + "/checks/1/photos/1";
        assertThat(mvc.get().uri(photoPath).session(signIn(mvc, "advisor")).exchange())
                .hasStatusOk();
        MvcTestResult otherDealer =
                mvc.get().uri(photoPath).session(signIn(mvc, "d2.advisor")).exchange();
        assertThat(otherDealer.getResponse().getStatus()).isEqualTo(404);
        assertThat(otherDealer.getResponse().getContentType()).doesNotContain("image");
        assertThat(mvc.get().uri(photoPath).exchange().getResponse().getStatus())
                .as("not signed in")
                .isNotEqualTo(200);
    }

    @Test
    void theServiceManagerRewordsAddsMovesAndStopsItemsAndTheCheckUsesThem() {
        MockHttpSession manager = signIn(mvc, "manager");
        String type = "BODY_AND_PAINT";
        assertThat(settings(manager, type, "SELF", "zh")).bodyText().contains("默认检查单", "板件间隙均匀，面差一致");

        settingsStep(manager, "/items/panelGaps/wording", type, "text", "门缝、前后保险杠间隙用塞尺测量，左右一致");
        settingsStep(manager, "/items", type, "text", "车身无漆面划伤、无残留胶印");
        settingsStep(manager, "/items/seals/active", type, "active", "false");
        settingsStep(manager, "/items/own1/position", type, "direction", "up");

        assertThat(settings(manager, type, "SELF", "en"))
                .bodyText()
                .contains("Your checklist", "门缝、前后保险杠间隙用塞尺测量，左右一致", "车身无漆面划伤、无残留胶印", "Stopped");
        List<ChecklistItem> used =
                fixtures.as("manager").call(() -> checklists.of(Set.of(WorkType.BODY_AND_PAINT), CheckLevel.SELF));
        assertThat(used)
                .extracting(ChecklistItem::key)
                .doesNotContain("seals")
                .containsSubsequence("panelGaps", "own1", "overspray");
        assertThat(used.get(0).text()).isEqualTo("门缝、前后保险杠间隙用塞尺测量，左右一致");
    }

    @Test
    void onlyTheWorkshopsSetUpMayChangeTheChecklists() {
        MockHttpSession technician = signIn(mvc, "technician");
        assertThat(mvc.get()
                        .uri("/workshop/checklists")
                        .session(technician)
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private MockMvcTester.MockMultipartMvcRequestBuilder checkRequest(
            MockHttpSession session, RepairOrder order, String language, String level, boolean passed) {
        return mvc.post()
                .multipart()
                .uri("/repair-orders/" + order.id() + "/checks")
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .with(csrf())
                .param("version", String.valueOf(order.version()))
                .param("level", level)
                .param("passed", String.valueOf(passed));
    }

    private MvcTestResult page(MockHttpSession session, RepairOrder order, String language) {
        return mvc.get()
                .uri("/repair-orders/" + order.id())
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .exchange();
    }

    private MvcTestResult settings(MockHttpSession session, String workType, String level, String language) {
        return mvc.get()
                .uri("/workshop/checklists?workType=" + workType + "&level=" + level)
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .exchange();
    }

    private void settingsStep(MockHttpSession session, String path, String workType, String field, String value) {
        assertThat(mvc.post()
                        .uri("/workshop/checklists" + path)
                        .session(session)
                        .with(csrf())
                        .param("workType", workType)
                        .param("level", "SELF")
                        .param(field, value)
                        .exchange())
                .hasRedirectedUrl("/workshop/checklists?workType=" + workType + "&level=SELF");
    }
}
