package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.dealer.PublicLinks;
import shinrai.dealer.Staff;
import shinrai.vehicle.VehicleRegister;

/**
 * The repair order page as each person uses it: the step that is theirs in its place, and a refused step coming
 * back with the reason in their language.
 */
@ApplicationTest
class RepairOrderPageTest {

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
    void theAdvisorSeesTheCustomersWordsAboveTheDiagnosisTheLinesAndTheTotals() {
        RepairOrder order = fixtures.estimated();
        assertThat(page(signIn(mvc, "advisor"), order, "zh"))
                .hasStatusOk()
                .bodyText()
                .contains("到保养里程了，顺便看看刹车有异响", "更换机油及机油滤清器", "0.5 工时", "190.00", "640.00", "客户确认估价");
        assertThat(page(signIn(mvc, "advisor"), order, "en"))
                .bodyText()
                .contains("Customer approves the estimate", "0.5 h", "Estimate total");
    }

    @Test
    void clockingOnAnUnapprovedSupplementIsRefusedOnThePage() {
        RepairOrder approved = fixtures.approved();
        RepairOrder supplemented = fixtures.as("advisor")
                .call(() -> fixtures.workshop()
                        .addLabour(approved.id(), approved.version(), "B-PADF", Payer.CUSTOMER, "前刹车片剩 2 mm"));
        MockHttpSession technician = signIn(mvc, "technician");
        assertThat(step(technician, supplemented, "/jobs/4/clock-on", "zh"))
                .hasRedirectedUrl("/repair-orders/" + supplemented.id());
        assertThat(page(technician, supplemented, "zh")).bodyText().contains("第 4 项尚未经客户确认，不能开工。");
        step(technician, supplemented, "/jobs/4/clock-on", "en");
        assertThat(page(technician, supplemented, "en"))
                .bodyText()
                .contains("Line 4 has not been approved by the customer; nobody can clock on it.");
    }

    @Test
    void deliveringBeforeTheFinalCheckIsRefusedOnThePage() {
        RepairOrder repaired = fixtures.repaired();
        RepairOrder selfChecked = fixtures.passCheck("technician", repaired, CheckLevel.SELF, "");
        MockHttpSession advisor = signIn(mvc, "advisor");
        assertThat(page(advisor, selfChecked, "zh")).bodyText().contains("交车");
        assertThat(step(advisor, selfChecked, "/delivery", "zh", "billExplained", "true"))
                .hasRedirectedUrl("/repair-orders/" + selfChecked.id());
        assertThat(page(advisor, selfChecked, "zh")).bodyText().contains("终检尚未合格，不能交车。");
    }

    @Test
    void settlingTwiceAndAStaleEditAreRefusedOnThePage() {
        RepairOrder delivered = fixtures.delivered();
        MockHttpSession cashier = signIn(mvc, "cashier");
        step(cashier, delivered, "/payments", "zh", "method", "WECHAT_PAY", "amount", "640.00");
        RepairOrder settled =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(delivered.id()));
        assertThat(settled.status()).isEqualTo(RepairOrderStatus.SETTLED);
        assertThat(page(cashier, settled, "zh")).bodyText().contains("已结算", "640.00");

        step(cashier, settled, "/payments", "zh", "method", "CASH", "amount", "1.00");
        assertThat(page(cashier, settled, "zh")).bodyText().contains("该委托书已结算，不能重复结算。");

        step(cashier, delivered, "/payments", "en", "method", "CASH", "amount", "1.00");
        assertThat(page(cashier, settled, "en")).bodyText().containsPattern("Changed by .+ at \\d{2}:\\d{2}; reload");
    }

    @Test
    void theWorkshopListFlagsAPromiseTheJobsLeftWillMiss(@Autowired Clock clock) {
        RepairOrder opened = fixtures.opened();
        fixtures.as("advisor").run(() -> {
            Workshop workshop = fixtures.workshop();
            RepairOrder priced = workshop.addLabour(opened.id(), opened.version(), "M-40K", Payer.CUSTOMER, "4 万公里保养");
            RepairOrder estimated = workshop.estimate(
                    priced.id(), priced.version(), clock.instant().plusSeconds(3600));
            workshop.approve(
                    estimated.id(),
                    estimated.version(),
                    new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "王修车", "19712345678", null),
                    java.util.List.of());
        });
        assertThat(mvc.get()
                        .uri("/repair-orders")
                        .session(signIn(mvc, "advisor"))
                        .cookie(new Cookie("shinrai-lang", "zh"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(opened.number(), "有延误风险（还剩 2.5 工时）");
    }

    @Test
    void aPriceBelowTheFenAndATechnicianWhoCannotExistComeBackAsReasonsNotErrors() {
        RepairOrder approved = fixtures.approved();
        MockHttpSession advisor = signIn(mvc, "advisor");
        assertThat(step(
                        advisor,
                        approved,
                        "/lines",
                        "zh",
                        "kind",
                        "OTHER",
                        "payer",
                        "CUSTOMER",
                        "description",
                        "废机油处理费",
                        "price",
                        "20.005"))
                .hasRedirectedUrl("/repair-orders/" + approved.id());
        assertThat(page(advisor, approved, "zh")).bodyText().contains("金额最多精确到分。");
        MockHttpSession foreman = signIn(mvc, "foreman");
        assertThat(step(foreman, approved, "/jobs/1/dispatch", "zh", "technicianId", "-1"))
                .hasRedirectedUrl("/repair-orders/" + approved.id());
        assertThat(page(foreman, approved, "zh")).bodyText().contains("提交的内容有误");
    }

    @Test
    void aManagerApprovesOnThePageADiscountTheAdvisorGaveAboveTheLimit() {
        RepairOrder approved = fixtures.approved();
        MockHttpSession advisor = signIn(mvc, "advisor");
        step(advisor, approved, "/discounts", "zh", "scope", "WHOLE_BILL", "amount", "100", "reason", "老客户");
        assertThat(page(advisor, approved, "zh")).bodyText().contains("待经理审批", "-100.00");
        assertThat(page(advisor, approved, "en")).bodyText().contains("Awaiting a manager");

        RepairOrder given =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(approved.id()));
        MockHttpSession manager = signIn(mvc, "manager");
        assertThat(step(manager, given, "/discounts/1/decision", "zh", "approve", "true"))
                .hasRedirectedUrl("/repair-orders/" + approved.id());

        assertThat(page(advisor, approved, "zh")).bodyText().contains("已生效", "折扣 -100.00");
    }

    @Test
    void aDiscountWithNeitherPercentNorAmountComesBackAsAReason() {
        RepairOrder approved = fixtures.approved();
        MockHttpSession advisor = signIn(mvc, "advisor");
        step(advisor, approved, "/discounts", "en", "scope", "PARTS", "reason", "老客户");
        assertThat(page(advisor, approved, "en"))
                .bodyText()
                .contains("Give either a percentage or an amount for the discount, not both.");
    }

    @Test
    void theBillPageShowsTheItemsTheTotalsAndTheVatInBothLanguages() {
        RepairOrder delivered = fixtures.delivered();
        MockHttpSession cashier = signIn(mvc, "cashier");
        assertThat(mvc.get()
                        .uri("/repair-orders/" + delivered.id() + "/bill")
                        .session(cashier)
                        .cookie(new Cookie("shinrai-lang", "zh"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("维修结算单", "90915-YZZD2", "380.00", "640.00", "其中增值税（13%）", "73.63", "下次保养");
        assertThat(mvc.get()
                        .uri("/repair-orders/" + delivered.id() + "/bill")
                        .session(cashier)
                        .cookie(new Cookie("shinrai-lang", "en"))
                        .exchange())
                .bodyText()
                .contains("Repair bill", "of which VAT (13%)", "whichever comes first");
        assertThat(mvc.get()
                        .uri("/repair-orders/" + delivered.id() + "/bill.pdf")
                        .session(cashier)
                        .exchange())
                .hasStatusOk()
                .hasContentType("application/pdf");
    }

    @Test
    void eachApprovalIsShownAsEvidenceHowByWhomAndWhenWithTheNumberAndAddressMaskedForTheWorkshop(
            @Autowired CustomerLinks links, @Autowired PublicLinks tokens) {
        RepairOrder order = evidenced(links, tokens);
        String advisor = fixtures.as("advisor").call(() -> displayName("advisor"));

        String zh = approvals(page(signIn(mvc, "advisor"), order, "zh"));
        assertThat(zh)
                .contains("客户确认记录", "确认估价", "平板签名", "确认金额 640.00", "同意：第 1, 2, 3 项", "记录人", advisor)
                .contains("确认追加项目", "链接确认", "链接发送人", "链接发送至", "回复时间", "同意：第 4 项", "暂不维修：第 5 项")
                .contains("203.0.113.9", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0)")
                .contains("电话确认", "拨打的号码", "19712345678", "同意：第 6 项")
                .containsPattern("链接发送至</dt>\\s*<dd[^>]*>197\\*{4}\\d{4}</dd>")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")
                .contains("src=\"/repair-orders/" + order.id() + "/approvals/1/signature\"", "alt=\"王修车 的签名\"");
        assertThat(approvals(page(signIn(mvc, "advisor"), order, "en")))
                .contains("Customer approvals", "Estimate approved", "Signed on the tablet", "Amount approved 640.00")
                .contains("Supplements answered", "By link", "Link sent to", "Answered at", "Approved lines: 4")
                .contains("Declined lines: 5", "By phone", "Number called", "Recorded by", "Signature of 王修车");

        String workshopView = approvals(page(signIn(mvc, "technician"), order, "zh"));
        assertThat(workshopView)
                .contains("197****5678", "203.0.*.*", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0)")
                .doesNotContain("19712345678", "203.0.113.9");
    }

    @Test
    void theSignatureIsServedOnlyToTheDealersStaffWhoMaySeeTheOrderAndNeverCached() {
        RepairOrder signed = fixtures.signed();
        String signature = "/repair-orders/" + signed.id() + "/approvals/1/signature";

        MvcTestResult served =
                mvc.get().uri(signature).session(signIn(mvc, "technician")).exchange();
        assertThat(served).hasStatusOk().hasContentType("image/png");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(WorkshopFixtures.aPhoto());
        assertThat(served.getResponse().getHeader("Cache-Control")).contains("no-store", "private");

        assertThat(mvc.get().uri(signature).session(signIn(mvc, "parts")).exchange())
                .as("no access to the order, no access to its evidence")
                .hasStatus(403);
        assertThat(mvc.get().uri(signature).session(signIn(mvc, "d2.admin")).exchange())
                .as("another dealer's")
                .hasStatus(404);
        assertThat(mvc.get().uri(signature).exchange()).as("nobody signed in").hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/repair-orders/" + fixtures.approved().id() + "/approvals/1/signature")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .as("an approval by phone has no signature")
                .hasStatus(404);
    }

    /**
     * Three approvals: the estimate signed at the desk (1: lines 1–3), supplements answered by link from a phone (2:
     * line 4 approved, 5 declined), and one more agreed on a call (3: line 6).
     */
    private RepairOrder evidenced(CustomerLinks links, PublicLinks tokens) {
        RepairOrder signed = fixtures.signed();
        RepairOrder supplemented = fixtures.as("advisor").call(() -> {
            RepairOrder o = fixtures.workshop()
                    .addLabour(signed.id(), signed.version(), "B-PADF", Payer.CUSTOMER, "前刹车片剩 2 mm");
            return fixtures.workshop().addLabour(o.id(), o.version(), "B-FLUID", Payer.CUSTOMER, "刹车油含水超标");
        });
        RepairOrder answered = fixtures.answeredByLink(
                supplemented, links, tokens, List.of(5), "203.0.113.9", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0)");
        return fixtures.as("advisor").call(() -> {
            RepairOrder o =
                    fixtures.workshop().addLabour(answered.id(), answered.version(), "M-AIR", Payer.CUSTOMER, "空调滤芯脏");
            return fixtures.workshop()
                    .approve(
                            o.id(),
                            o.version(),
                            new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "王修车", "19712345678", null),
                            List.of());
        });
    }

    private String displayName(String username) {
        return staff.get(fixtures.staffId(username).value()).displayName();
    }

    /** The approvals card of the page. */
    private static String approvals(MvcTestResult page) {
        assertThat(page).hasStatusOk();
        String html;
        try {
            html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        int from = html.indexOf("id=\"customer-approvals\"");
        assertThat(from).as("the approvals on the page").isNotNegative();
        int to = html.indexOf("id=\"add-line\"", from);
        return html.substring(from, to < 0 ? html.length() : to);
    }

    private MvcTestResult page(MockHttpSession session, RepairOrder order, String language) {
        return mvc.get()
                .uri("/repair-orders/" + order.id())
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .exchange();
    }

    private MvcTestResult step(
            MockHttpSession session, RepairOrder order, String path, String language, String... fields) {
        var request = mvc.post()
                .uri("/repair-orders/" + order.id() + path)
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .with(csrf())
                .param("version", String.valueOf(order.version()));
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
