package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.dealer.PublicLink;
import shinrai.dealer.PublicLinks;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;

/**
 * The customer's pages, opened from a link without signing in: the progress of the car without the workshop's
 * internals, the approval of supplements kept as evidence and answered once, and a friendly page for a link that
 * cannot be followed.
 */
@ApplicationTest
class CustomerPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CustomerLinks customerLinks;

    @Autowired
    PublicLinks links;

    @Autowired
    Clock clock;

    @Autowired
    VehicleRegister vehicles;

    /** The customer's browser: its session keeps the CSRF token and the page's notices between requests. */
    MockHttpSession customer = new MockHttpSession();

    WorkshopFixtures fixtures;
    JdbcClient jdbc;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app) {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        jdbc = JdbcClient.create(app);
    }

    @Test
    void theProgressPageShowsTheStagesToAnyoneWithTheLinkAndNoInternals() throws Exception {
        RepairOrder repairing = fixtures.as("technician").call(() -> {
            RepairOrder approved = fixtures.approved();
            return fixtures.workshop().clockOn(approved.id(), approved.version(), 1);
        });
        String url = progressUrl(repairing);
        assertThat(url).startsWith("http://localhost/p/progress/");
        String path = url.substring("http://localhost".length());

        MvcTestResult chinese = open(path, "zh");
        assertThat(chinese)
                .hasStatusOk()
                .bodyText()
                .contains("维修进度", "已接车", "已检查报价", "已确认维修", "维修中", "质量检验", "可取车", "已交车", "按计划进行中", repairing.number());
        assertThat(chinese).bodyText().containsPattern("粤B\\*+\\d{2}");
        assertThat(chinese).hasHeader("Cache-Control", "no-store");
        String html = chinese.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains("stage stage-current", "aria-current=\"step\"")
                // no internals: not the technician, the advisor, prices, the customer's words, their number or name
                .doesNotContain(
                        "王修车",
                        "640.00",
                        "190.00",
                        "到保养里程了",
                        "19712345678",
                        repairing.lines().get(0).description(),
                        plateOf(repairing));
        assertThat(html).doesNotContain(displayName("technician"), displayName("advisor"));

        assertThat(open(path, "en")).hasStatusOk().bodyText().contains("Repair progress", "In repair", "On schedule");
        assertThat(open(path + "/stages", "en")).hasStatusOk().bodyText().contains("In repair", "Quality check");
    }

    @Test
    void anExpiredTamperedOrMisdirectedLinkGetsAFriendlyPageThatTellsNothing() {
        RepairOrder approved = fixtures.approved();
        String expired = links.issue(new PublicLink(
                WorkshopFixtures.D001,
                PublicLink.Purpose.REPAIR_PROGRESS,
                approved.id().value(),
                List.of(),
                null,
                clock.instant().minus(Duration.ofMinutes(1))));
        assertThat(open("/p/progress/" + expired, "zh"))
                .hasStatus(410)
                .bodyText()
                .contains("该链接已过期");
        assertThat(open("/p/progress/" + expired, "en"))
                .hasStatus(410)
                .bodyText()
                .contains("This link has expired");

        String genuine = progressUrl(approved).replaceFirst(".*/p/progress/", "");
        String tampered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");
        assertThat(open("/p/progress/" + tampered, "zh"))
                .hasStatus(404)
                .bodyText()
                .contains("找不到该链接对应的页面");
        // a genuine progress link is no approval link
        assertThat(open("/p/approval/" + genuine, "en"))
                .hasStatus(404)
                .bodyText()
                .contains("We cannot find the page");
        // a genuine link of another dealer naming this order: that dealer has no such order, and it reads the same
        String otherDealer = links.issue(new PublicLink(
                2,
                PublicLink.Purpose.REPAIR_PROGRESS,
                approved.id().value(),
                List.of(),
                null,
                clock.instant().plus(Duration.ofDays(1))));
        MvcTestResult elsewhere = open("/p/progress/" + otherDealer, "zh");
        assertThat(elsewhere).hasStatus(404).bodyText().contains("找不到该链接对应的页面").doesNotContain(approved.number());
    }

    @Test
    void theCustomerApprovesOneSupplementAndDeclinesAnotherThroughTheLinkOnce() {
        RepairOrder approved = fixtures.approved();
        RepairOrder supplemented = fixtures.as("advisor").call(() -> {
            RepairOrder o = fixtures.workshop()
                    .addLabour(approved.id(), approved.version(), "B-PADF", Payer.CUSTOMER, "前刹车片剩 2 mm");
            return fixtures.workshop().addLabour(o.id(), o.version(), "B-FLUID", Payer.CUSTOMER, "刹车油含水超标");
        });
        CustomerLinks.SentLink sent = fixtures.as("advisor")
                .call(() -> customerLinks.sendSupplementLink(supplemented.id(), "https://dealer.example"));
        assertThat(sent.sent()).isTrue();
        assertThat(sent.sentTo()).matches("197\\*{4}\\d{4}");
        assertThat(sent.link().items()).containsExactly(4, 5);
        String path = sent.link().url().substring("https://dealer.example".length());

        assertThat(open(path, "zh"))
                .hasStatusOk()
                .bodyText()
                .contains("增项确认", "更换前刹车片", "前刹车片剩 2 mm", "更换刹车油", "客户付费", "同意维修", "暂不维修");
        assertThat(open(path, "en")).hasStatusOk().bodyText().contains("Approve extra work", "New total");

        // a form sent after its session ended comes back to the page, not to the staff's sign-in
        assertThat(mvc.post()
                        .uri(path)
                        .cookie(new Cookie("shinrai-lang", "zh"))
                        .param("version", String.valueOf(supplemented.version()))
                        .param("all", "APPROVE")
                        .exchange())
                .hasRedirectedUrl(path + "?again=1");
        assertThat(open(path + "?again=1", "zh")).bodyText().contains("您的选择未能提交");
        assertThat(fixtures.as("advisor")
                        .call(() -> fixtures.workshop()
                                .get(supplemented.id())
                                .lines()
                                .get(3)
                                .approval()))
                .isEqualTo(LineApproval.PROPOSED);

        // every line needs an answer
        answer(path, supplemented.version(), "zh", "line-4", "APPROVE");
        assertThat(open(path, "zh")).bodyText().contains("请为每一项选择");
        MvcTestResult answered = answer(path, supplemented.version(), "zh", "line-4", "APPROVE", "line-5", "DECLINE");
        assertThat(answered).hasRedirectedUrl(path);
        assertThat(open(path, "zh")).bodyText().contains("谢谢，我们已收到您的确认。");

        RepairOrder after =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(supplemented.id()));
        assertThat(after.lines().get(3).approval()).isEqualTo(LineApproval.APPROVED);
        assertThat(after.lines().get(4).approval()).isEqualTo(LineApproval.DECLINED);
        Map<String, Object> evidence = DealerScope.systemFor(WorkshopFixtures.D001)
                .call(() ->
                        jdbc.sql("""
                                SELECT method, approved_by_name, phone, client_ip, user_agent, recorded_by, amount
                                FROM workshop.customer_approval WHERE repair_order_id = :id ORDER BY number DESC LIMIT 1""").param("id", after.id().value()).query().singleRow());
        assertThat(evidence)
                .containsEntry("method", "LINK")
                .containsEntry("approved_by_name", "王修车")
                .containsEntry("phone", sent.sentTo())
                .containsEntry("client_ip", "203.0.113.9")
                .containsEntry("user_agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0)")
                .containsEntry("recorded_by", fixtures.staffId("advisor").value());
        assertThat(new java.math.BigDecimal(evidence.get("amount").toString()))
                .isEqualByComparingTo(after.lines().get(3).amount().amount());

        RepairOrder clocked =
                fixtures.as("technician").call(() -> fixtures.workshop().clockOn(after.id(), after.version(), 4));
        assertThat(clocked.lines().get(3).job()).isEqualTo(JobStatus.IN_PROGRESS);
        MockHttpSession technician = signIn(mvc, "technician");
        mvc.post()
                .uri("/repair-orders/" + clocked.id() + "/jobs/5/clock-on")
                .session(technician)
                .cookie(new Cookie("shinrai-lang", "zh"))
                .with(csrf())
                .param("version", String.valueOf(clocked.version()))
                .exchange();
        assertThat(mvc.get()
                        .uri("/repair-orders/" + clocked.id())
                        .session(technician)
                        .cookie(new Cookie("shinrai-lang", "zh"))
                        .exchange())
                .bodyText()
                .contains("第 5 项尚未经客户确认，不能开工。");

        // the link again: it shows the answers, and a second answer is refused as already given
        assertThat(open(path, "zh")).hasStatusOk().bodyText().contains("这些项目已经确认过", "已确认", "客户暂不维修");
        answer(path, clocked.version(), "zh", "all", "APPROVE");
        assertThat(open(path, "zh")).bodyText().contains("这些项目已经确认过了。");
        answer(path, clocked.version(), "en", "all", "APPROVE");
        assertThat(open(path, "en")).bodyText().contains("These items have already been answered.");
        RepairOrder unchanged =
                fixtures.as("advisor").call(() -> fixtures.workshop().get(supplemented.id()));
        assertThat(unchanged.lines().get(4).approval()).isEqualTo(LineApproval.DECLINED);
    }

    @Test
    void theAdvisorSendsTheProgressLinkAndIsToldWhereItWent() {
        RepairOrder approved = fixtures.approved();
        MockHttpSession advisor = signIn(mvc, "advisor");
        assertThat(mvc.get()
                        .uri("/repair-orders/" + approved.id() + "/customer-links")
                        .session(advisor)
                        .cookie(new Cookie("shinrai-lang", "zh"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("维修进度链接", "/p/progress/", "发送进度链接给客户");
        assertThat(mvc.post()
                        .uri("/repair-orders/" + approved.id() + "/progress-link")
                        .session(advisor)
                        .cookie(new Cookie("shinrai-lang", "zh"))
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/repair-orders/" + approved.id());
        assertThat(mvc.get()
                        .uri("/repair-orders/" + approved.id())
                        .session(advisor)
                        .cookie(new Cookie("shinrai-lang", "zh"))
                        .exchange())
                .bodyText()
                .containsPattern("已通过短信发送至 197\\*{4}\\d{4}");
    }

    private String plateOf(RepairOrder order) {
        return DealerScope.systemFor(WorkshopFixtures.D001)
                .call(() -> vehicles.get(order.vehicle().value()).plate().value());
    }

    private String progressUrl(RepairOrder order) {
        return fixtures.as("advisor")
                .call(() -> customerLinks
                        .progressLink(order.id(), "http://localhost")
                        .url());
    }

    private String displayName(String username) {
        return DealerScope.systemFor(WorkshopFixtures.D001)
                .call(() -> jdbc.sql("SELECT display_name FROM dealer.user_account WHERE username = :u")
                        .param("u", username)
                        .query(String.class)
                        .single());
    }

    private MvcTestResult open(String path, String language) {
        return mvc.get()
                .uri(path)
                .session(customer)
                .cookie(new Cookie("shinrai-lang", language))
                .exchange();
    }

    private MvcTestResult answer(String path, int version, String language, String... fields) {
        var request = mvc.post()
                .uri(path)
                .session(customer)
                .cookie(new Cookie("shinrai-lang", language))
                .header("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0)")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr("203.0.113.9");
                    return r;
                })
                .param("version", String.valueOf(version));
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
