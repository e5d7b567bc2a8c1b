package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.PASSWORD;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;

@ApplicationTest
class SignInTest {

    /** What each demo account finds in the menu besides Home. */
    static final Map<String, List<String>> NAVIGATION = Map.ofEntries(
            Map.entry("admin", List.of("/staff", "/dealer/settings", "/audit")),
            Map.entry("manager", List.of("/audit")),
            Map.entry("advisor", List.of()),
            Map.entry("technician", List.of()),
            Map.entry("foreman", List.of()),
            Map.entry("inspector", List.of()),
            Map.entry("cashier", List.of()),
            Map.entry("relations", List.of()),
            Map.entry("parts", List.of()),
            Map.entry("d2.admin", List.of("/staff", "/dealer/settings", "/audit")),
            Map.entry("d2.advisor", List.of()),
            Map.entry("network", List.of("/network/dealers")));

    static final List<String> ALL_ENTRIES = List.of("/staff", "/dealer/settings", "/audit", "/network/dealers");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Staff staff;

    @Test
    void theSignInPageIsInChineseByDefaultAndEnglishOnRequest() {
        assertThat(mvc.get().uri("/login").exchange()).bodyText().contains("用户名", "密码", "登录");
        MvcTestResult english = mvc.get().uri("/login?lang=en").exchange();
        assertThat(english).bodyText().contains("Username", "Password", "Sign in");
        assertThat(english).cookies().containsCookie("shinrai-lang");
    }

    @Test
    void theLanguageChoiceIsRemembered() {
        MockHttpSession session = signIn(mvc, "advisor");
        assertThat(mvc.get().uri("/").session(session).exchange()).bodyText().contains("张伟，您好！");
        assertThat(mvc.get()
                        .uri("/")
                        .session(session)
                        .cookie(new Cookie("shinrai-lang", "en"))
                        .exchange())
                .bodyText()
                .contains("Hello, 张伟!");
    }

    @Test
    void everyDemoAccountSignsInAndSeesTheNavigationItsRolesNeed() throws Exception {
        for (var account : NAVIGATION.entrySet()) {
            String username = account.getKey();
            List<String> expected = account.getValue();
            String home = mvc.get()
                    .uri("/")
                    .session(signIn(mvc, username))
                    .exchange()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            for (String entry : ALL_ENTRIES) {
                assertThat(home.contains("data-nav=\"" + entry + "\""))
                        .as("%s sees %s in the menu", username, entry)
                        .isEqualTo(expected.contains(entry));
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        MvcTestResult refused = mvc.perform(formLogin().user("advisor").password("not-the-password"));
        assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error=credentials");
        assertThat(mvc.get().uri("/login?error=credentials").exchange())
                .bodyText()
                .contains("用户名或密码错误。");
        assertThat(mvc.get().uri("/login?error=credentials&lang=en").exchange())
                .bodyText()
                .contains("Wrong username or password.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String username = hireAtD001("lockout.victim");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(mvc.perform(formLogin().user(username).password("wrong-password-" + attempt)))
                    .hasRedirectedUrl("/login?error=credentials");
        }
        assertThat(mvc.perform(formLogin().user(username).password(PASSWORD))).hasRedirectedUrl("/login?error=locked");
        assertThat(mvc.get().uri("/login?error=locked").exchange()).bodyText().contains("账户已临时锁定");
    }

    @Test
    void aGoodPasswordResetsTheFailureCount() {
        String username = hireAtD001("forgetful.user");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password"));
        }
        assertThat(mvc.perform(formLogin().user(username).password(PASSWORD))).hasRedirectedUrl("/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password"));
        }
        assertThat(mvc.perform(formLogin().user(username).password(PASSWORD))).hasRedirectedUrl("/");
    }

    @Test
    void aSignedInUsersFormWithoutTheCsrfTokenIsForbidden() {
        assertThat(mvc.post()
                        .uri("/account/password")
                        .session(signIn(mvc, "advisor"))
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "stolen-password-1")
                        .param("confirmation", "stolen-password-1")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aSignInFormWhoseSessionExpiredAsksToSignInAgain() {
        MvcTestResult stale = mvc.post()
                .uri("/login")
                .param("username", "admin")
                .param("password", PASSWORD)
                .exchange();
        assertThat(stale).hasRedirectedUrl("/login?error=expired");
        assertThat(mvc.get().uri("/login?error=expired").exchange()).bodyText().contains("页面已过期，请重新登录。");
    }

    @Test
    void pagesNeedASignIn() {
        assertThat(mvc.get().uri("/staff").exchange())
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void signingOutEndsTheSession() {
        MockHttpSession session = signIn(mvc, "cashier");
        assertThat(mvc.post().uri("/logout").session(session).with(csrf()).exchange())
                .hasRedirectedUrl("/login?signedOut");
        assertThat(mvc.get().uri("/").session(session).exchange()).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void aPageTheRoleDoesNotAllowIsForbidden() {
        assertThat(mvc.get().uri("/staff").session(signIn(mvc, "advisor")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    /** A fresh account at D001, so lock-out tests never lock a demo account other tests use. */
    String hireAtD001(String prefix) {
        String username = prefix + "." + System.nanoTime() % 100000;
        DealerScope.systemFor(1)
                .run(() ->
                        staff.hire(new Staff.NewStaffMember(username, "测试员工", PASSWORD, EnumSet.of(Role.TECHNICIAN))));
        return username;
    }
}
