package shinrai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.Objects;
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
import shinrai.database.SchemaOwner;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopFixtures;

/** The complaint pages at D001, and an open complaint at the top of the customer's 360° page and the briefing. */
@ApplicationTest
class ComplaintPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ComplaintDesk desk;

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

    WorkshopFixtures fixtures;
    ComplaintFixtures complaints;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        complaints = new ComplaintFixtures(desk, fixtures, JdbcClient.create(owner));
    }

    @Test
    void theAdvisorOpensAComplaintFromTheCustomersPageAndTheCustomersWordsAreRequired() {
        RepairOrder order = fixtures.delivered();
        MockHttpSession advisor = signIn(mvc, "advisor");
        long customer = order.customer().value();

        assertThat(mvc.get().uri("/customers/" + customer).session(advisor).exchange())
                .bodyText()
                .contains("/complaints/new?customer=" + customer);
        assertThat(mvc.get()
                        .uri("/complaints/new?customer=" + customer)
                        .session(advisor)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("登记客户投诉", order.number(), "紧急（2 小时内响应，24 小时内解决）");

        MvcTestResult blank = mvc.post()
                .uri("/complaints")
                .session(advisor)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("customer", String.valueOf(customer))
                .param("repairOrder", String.valueOf(order.id().value()))
                .param("source", "WALK_IN")
                .param("category", "WAITING_TIME")
                .param("severity", "MEDIUM")
                .param("customerWords", " ")
                .exchange();
        assertThat(blank).hasStatusOk().bodyText().contains("请记录客户原话。");

        MvcTestResult opened = mvc.post()
                .uri("/complaints")
                .session(advisor)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("customer", String.valueOf(customer))
                .param("repairOrder", String.valueOf(order.id().value()))
                .param("source", "WALK_IN")
                .param("category", "WAITING_TIME")
                .param("severity", "MEDIUM")
                .param("customerWords", "取车等了一个小时")
                .param("owner", String.valueOf(fixtures.staffId("relations").value()))
                .exchange();
        assertThat(opened).hasStatus3xxRedirection();
        String page = Objects.requireNonNull(opened.getResponse().getRedirectedUrl());
        assertThat(mvc.get().uri(page).session(advisor).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("取车等了一个小时", "黄敏", "待响应", order.number(), "id=\"respond-form\"");
    }

    @Test
    void anOpenComplaintShowsAtTheTopOfTheCustomersPageAndAtReceptionsBriefing() throws Exception {
        Complaint complaint = complaints.opened(Severity.HIGH);
        MockHttpSession advisor = signIn(mvc, "advisor");

        String page = mvc.get()
                .uri("/customers/" + complaint.customer().value())
                .session(advisor)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"customer-alerts\"", "未处理的投诉 #" + complaint.id(), "/complaints/" + complaint.id());
        assertThat(page.indexOf("customer-alerts")).isLessThan(page.indexOf("customer-name"));

        assertThat(mvc.get()
                        .uri("/reception/new?vehicle="
                                + Objects.requireNonNull(complaint.vehicle()).value())
                        .session(advisor)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("id=\"briefing-alerts\"", "未处理的投诉 #" + complaint.id(), "刹车还是有异响");
        assertThat(mvc.get()
                        .uri("/customers/" + complaint.customer().value())
                        .session(signIn(mvc, "technician"))
                        .exchange())
                .bodyText()
                .as("seen, but not linked, by those who do not handle complaints")
                .contains("未处理的投诉 #" + complaint.id())
                .doesNotContain("/complaints/" + complaint.id());
    }

    @Test
    void closingWithoutTheCustomersConfirmationIsRefusedOnThePageInTheReadersLanguage() {
        Complaint opened = complaints.opened(Severity.LOW);
        ComplaintId id = Objects.requireNonNull(opened.id());
        Complaint answered =
                complaints.as("relations", () -> desk.respond(id, opened.version(), ContactChannel.PHONE, "您好"));
        Complaint resolved = complaints.as("relations", () -> desk.resolve(id, answered.version(), "原因", "措施"));
        MockHttpSession manager = signIn(mvc, "manager");

        MvcTestResult refused = post(manager, "/complaints/" + id + "/closing", "version", resolved.version());
        assertThat(refused).hasRedirectedUrl("/complaints/" + id);
        assertThat((java.util.Map<String, Object>) refused.getMvcResult().getFlashMap())
                .containsEntry("problem", "complaint.refused.notConfirmed");
        assertThat(mvc.get()
                        .uri("/complaints/" + id)
                        .session(manager)
                        .flashAttrs(refused.getMvcResult().getFlashMap())
                        .exchange())
                .bodyText()
                .contains("客户尚未确认，不能关闭投诉。");
        assertThat(mvc.get()
                        .uri("/complaints/" + id)
                        .session(manager)
                        .cookie(new Cookie("shinrai-lang", "en"))
                        .flashAttrs(refused.getMvcResult().getFlashMap())
                        .exchange())
                .bodyText()
                .contains("The customer has not confirmed: the complaint cannot be closed.");

        MvcTestResult stale = post(manager, "/complaints/" + id + "/reopening", "version", opened.version());
        assertThat((java.util.Map<String, Object>) stale.getMvcResult().getFlashMap())
                .containsEntry("problem", "complaint.refused.changedMeanwhile");
        assertThat((Object[]) stale.getMvcResult().getFlashMap().get("problemArguments"))
                .contains("黄敏");
    }

    @Test
    void theManagerSeesTheListsAndSetsTheTerms() {
        Complaint complaint = complaints.opened(Severity.CRITICAL);
        MockHttpSession manager = signIn(mvc, "manager");

        assertThat(mvc.get()
                        .uri("/complaints?view=OPEN&severity=CRITICAL")
                        .session(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("客户投诉", "data-complaint=\"" + complaint.id() + "\"");
        assertThat(mvc.get().uri("/complaints/settings").session(manager).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("投诉设置", "value=\"500.00\"");
        MvcTestResult wrong = mvc.post()
                .uri("/complaints/settings")
                .session(manager)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("criticalResponseHours", "30")
                .param("criticalResolutionHours", "24")
                .param("highResponseHours", "4")
                .param("highResolutionHours", "72")
                .param("mediumResponseHours", "24")
                .param("mediumResolutionHours", "168")
                .param("lowResponseHours", "48")
                .param("lowResolutionHours", "336")
                .param("goodwillLimit", "500")
                .param("satisfactionAtMost", "2")
                .param("choices", "")
                .param("ratingAtMost", "2")
                .exchange();
        assertThat(wrong).hasStatusOk().bodyText().contains("解决时限不能短于响应时限。");
        assertThat(mvc.get()
                        .uri("/complaints")
                        .session(signIn(mvc, "technician"))
                        .exchange())
                .hasStatus(403);
    }

    MvcTestResult post(MockHttpSession session, String uri, String name, Object value) {
        return mvc.post()
                .uri(uri)
                .session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param(name, String.valueOf(value))
                .param("reason", "又坏了")
                .exchange();
    }
}
