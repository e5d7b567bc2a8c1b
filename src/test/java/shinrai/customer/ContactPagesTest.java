package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;

/** A company's contacts on its 360° page: listed with masked mobiles, added and removed by those who may. */
@ApplicationTest
class ContactPagesTest {

    static final DealerScope D001 = DealerScope.systemFor(1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CustomerBook book;

    @Autowired
    FleetContacts contacts;

    @Test
    void anAdvisorAddsAContactAndSeesItsMobileMasked() {
        long company = registerCompany("页面车队有限公司");
        MockHttpSession advisor = signIn(mvc, "advisor");

        assertThat(mvc.post()
                        .uri("/customers/" + company + "/contacts")
                        .session(advisor)
                        .with(csrf())
                        .param("name", "马经理")
                        .param("role", "车队经理")
                        .param("mobile", "198 7200 0001")
                        .param("primary", "true")
                        .exchange())
                .hasRedirectedUrl("/customers/" + company);

        assertThat(mvc.get().uri("/customers/" + company).session(advisor).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("已添加联系人 马经理。", "车队经理", "198****0001", "主要联系人", "contact-form")
                .doesNotContain("19872000001", "hx-swap-oob");
    }

    @Test
    void aRefusedContactComesBackWithEachErrorBesideItsField() {
        long company = registerCompany("校验页面车队有限公司");
        MockHttpSession advisor = signIn(mvc, "advisor");

        assertThat(mvc.post()
                        .uri("/customers/" + company + "/contacts")
                        .session(advisor)
                        .with(csrf())
                        .param("name", "")
                        .param("mobile", "021-58886666")
                        .exchange())
                .hasRedirectedUrl("/customers/" + company + "#contacts");

        assertThat(mvc.get().uri("/customers/" + company).session(advisor).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid", "是固定电话，不是手机号", "value=\"021-58886666\"");
        assertThat(D001.call(() -> contacts.of(company))).isEmpty();
    }

    @Test
    void revealingTheNumbersRevealsTheContactsToo() {
        long company = registerCompany("揭示车队有限公司");
        D001.run(() ->
                contacts.add(company, new ContactDetails("秦司机", "司机", MobileNumber.of("19872000011"), "", "", false)));

        assertThat(mvc.get()
                        .uri("/customers/" + company + "/contact")
                        .header("HX-Request", "true")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("19872000011", "hx-swap-oob=\"true\"");
    }

    @Test
    void aContactIsRemovedFromThePage() {
        long company = registerCompany("删除车队有限公司");
        ContactPerson contact = D001.call(() ->
                contacts.add(company, new ContactDetails("韩会计", "财务", MobileNumber.of("19872000021"), "", "", false)));
        MockHttpSession advisor = signIn(mvc, "advisor");

        assertThat(mvc.post()
                        .uri("/customers/" + company + "/contacts/" + contact.id() + "/remove")
                        .session(advisor)
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/customers/" + company + "#contacts");
        assertThat(D001.call(() -> contacts.of(company))).isEmpty();
    }

    @Test
    void aTechnicianSeesTheContactsButNeitherAddsNorRemovesThem() {
        long company = registerCompany("只读车队有限公司");
        ContactPerson contact = D001.call(() ->
                contacts.add(company, new ContactDetails("曹司机", "司机", MobileNumber.of("19872000031"), "", "", false)));
        MockHttpSession technician = signIn(mvc, "technician");

        assertThat(mvc.get().uri("/customers/" + company).session(technician).exchange())
                .bodyText()
                .contains("曹司机", "198****0031")
                .doesNotContain("contact-form", "remove-contact");
        assertThat(mvc.post()
                        .uri("/customers/" + company + "/contacts")
                        .session(technician)
                        .with(csrf())
                        .param("name", "冒名")
                        .param("mobile", "19872000032")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/customers/" + company + "/contacts/" + contact.id() + "/remove")
                        .session(technician)
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPrivatePersonsPageHasNoContactsCard() {
        long person = D001.call(() -> book.register(CustomerSearchTest.person("无联系人", "19872000041"), true)
                .id());
        assertThat(mvc.get()
                        .uri("/customers/" + person)
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"contacts\"", "contact-form");
    }

    long registerCompany(String name) {
        return D001.call(
                () -> book.register(FleetContactsTest.company(name), true).id());
    }
}
