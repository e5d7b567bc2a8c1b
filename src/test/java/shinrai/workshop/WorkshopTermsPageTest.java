package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;

/** The dealer admin keeps the workshop's terms; a value out of range is named on the field, in either language. */
@ApplicationTest
class WorkshopTermsPageTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theDealerAdminSeesTheTermsInForceAndSavesThem() {
        MockHttpSession admin = signIn(mvc, "admin");
        assertThat(mvc.get().uri("/workshop/terms").session(admin).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("车间参数", "顾问折扣权限", "增值税率");
        assertThat(save(admin, "zh", "10", "6")).hasRedirectedUrl("/workshop/terms");
    }

    @Test
    void aValueOutOfRangeIsNamedOnItsFieldInEitherLanguage() {
        MockHttpSession admin = signIn(mvc, "admin");
        assertThat(save(admin, "zh", "120", "30"))
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid")
                .contains("100");
        assertThat(save(admin, "en", "10", "30")).hasStatusOk().bodyText().contains("24");
    }

    @Test
    void onlyTheDealerAdminChangesThem() {
        assertThat(mvc.get()
                        .uri("/workshop/terms")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatus(403);
    }

    private MvcTestResult save(MockHttpSession session, String language, String discountLimit, String months) {
        return mvc.post()
                .uri("/workshop/terms")
                .session(session)
                .cookie(new Cookie("shinrai-lang", language))
                .with(csrf())
                .param("comebackDays", "30")
                .param("comebackKm", "3000")
                .param("discountLimitPercent", discountLimit)
                .param("vatRatePercent", "13")
                .param("serviceIntervalMonths", months)
                .param("serviceIntervalKm", "5000")
                .exchange();
    }
}
