package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;

/** The customer pages as staff use them: errors next to the field, in their language; numbers masked. */
@ApplicationTest
class CustomerPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CustomerBook book;

    @Test
    void aBadVinAndABadPlateAreBothShownNextToTheirFields() {
        long id = DealerScope.systemFor(1)
                .call(() -> book.register(CustomerSearchTest.person("页面测试", "19866660001"), true)
                        .id());
        MvcTestResult chinese = mvc.post()
                .uri("/customers/" + id + "/vehicles/new")
                .session(signIn(mvc, "advisor"))
                .with(csrf())
                .param("vin", "LVGBE40K8GP123457")
                .param("plate", "沪I12345")
                .exchange();
        assertThat(chinese).hasStatusOk().bodyText().contains("第 9 位校验位应为 9", "I 或 O");

        MvcTestResult english = mvc.post()
                .uri("/customers/" + id + "/vehicles/new")
                .session(signIn(mvc, "advisor"))
                .cookie(new Cookie("shinrai-lang", "en"))
                .with(csrf())
                .param("vin", "LVGBE40K8GP12345")
                .exchange();
        assertThat(english).hasStatusOk().bodyText().contains("A VIN has 17 characters, not 16.");
    }

    @Test
    void aBadMobileIsRefusedOnTheRegistrationForm() {
        MvcTestResult result = mvc.post()
                .uri("/customers/new")
                .session(signIn(mvc, "advisor"))
                .with(csrf())
                .param("kind", "PERSON")
                .param("name", "号码错误")
                .param("mobile", "021-58886666")
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("is-invalid", "是固定电话，不是手机号");
    }

    @Test
    void numbersAreMaskedAndRevealingThemIsForThoseWhoMay() {
        long id = DealerScope.systemFor(1)
                .call(() -> book.register(CustomerSearchTest.person("掩码测试", "19866660002"), true)
                        .id());
        assertThat(mvc.get()
                        .uri("/customers/" + id)
                        .session(signIn(mvc, "technician"))
                        .exchange())
                .bodyText()
                .contains("198****0002")
                .doesNotContain("19866660002", "reveal-contact");
        assertThat(mvc.get()
                        .uri("/customers/" + id + "/contact")
                        .session(signIn(mvc, "technician"))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/customers/" + id + "/contact")
                        .header("HX-Request", "true")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("19866660002");
    }

    @Test
    void thePreferredContactTimeIsChosenOnTheFormShownOnThe360PageAndAnUnknownOneRefusedNextToItsField() {
        long id = DealerScope.systemFor(1)
                .call(() -> book.register(CustomerSearchTest.person("时段测试", "19866660003"), true)
                        .id());
        assertThat(mvc.get()
                        .uri("/customers/" + id + "/edit")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("方便联系时间", "value=\"AFTERNOON\"", "下午（14:00–18:00）");

        MvcTestResult unknown = edit(id, "NOONISH");
        assertThat(unknown).hasStatusOk().bodyText().contains("is-invalid", "须为列出的时段之一。");
        assertThat(DealerScope.systemFor(1).call(() -> book.get(id)).profile().preferredContactTime())
                .isEqualTo(ContactTime.ANY);

        assertThat(edit(id, "AFTERNOON")).hasRedirectedUrl("/customers/" + id);
        assertThat(DealerScope.systemFor(1).call(() -> book.get(id)).profile().preferredContactTime())
                .isEqualTo(ContactTime.AFTERNOON);
        assertThat(mvc.get()
                        .uri("/customers/" + id)
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .bodyText()
                .contains("id=\"preferred-contact-time\">下午（14:00–18:00）");
        assertThat(mvc.get()
                        .uri("/customers/" + id)
                        .session(signIn(mvc, "advisor"))
                        .cookie(new Cookie("shinrai-lang", "en"))
                        .exchange())
                .bodyText()
                .contains("Afternoon (14:00–18:00)");
    }

    MvcTestResult edit(long id, String preferredContactTime) {
        return mvc.post()
                .uri("/customers/" + id + "/edit")
                .session(signIn(mvc, "advisor"))
                .with(csrf())
                .param("kind", "PERSON")
                .param("name", "时段测试")
                .param("mobile", "19866660003")
                .param("source", "PHONE")
                .param("preferredContactTime", preferredContactTime)
                .exchange();
    }
}
