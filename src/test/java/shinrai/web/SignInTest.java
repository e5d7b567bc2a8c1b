package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.NEW_HIRE_PASSWORD;
import static shinrai.DemoAccounts.PASSWORD;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
        assertThat(mvc.perform(formLogin().user(username).password(NEW_HIRE_PASSWORD)))
                .hasRedirectedUrl("/login?error=credentials");
        assertThat(mvc.get().uri("/login?error=credentials").exchange())
                .bodyText()
                .contains("用户名或密码错误。", "账户会被临时锁定");
    }

    @Test
    void aLockedAccountAnswersLikeAnUnknownUsernameSoNobodyLearnsWhichUsernamesExist() throws Exception {
        String locked = hireAtD001("locked.account");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(locked).password("wrong-password-" + attempt));
        }
        MvcTestResult lockedRightPassword = mvc.perform(formLogin().user(locked).password(NEW_HIRE_PASSWORD));
        MvcTestResult unknown = mvc.perform(formLogin().user("nobody.here").password(NEW_HIRE_PASSWORD));
        assertThat(lockedRightPassword).hasRedirectedUrl("/login?error=credentials");
        assertThat(unknown).hasRedirectedUrl("/login?error=credentials");

        MvcTestResult lockedToken = token(locked, NEW_HIRE_PASSWORD);
        MvcTestResult unknownToken = token("nobody.here", NEW_HIRE_PASSWORD);
        assertThat(lockedToken).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(unknownToken).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(lockedToken.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(unknownToken.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void wrongPasswordsOnALockedAccountStillCountAndTheRightOneStillFailsAfterwards() {
        String username = hireAtD001("still.counting");
        for (int attempt = 1; attempt <= 7; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password-" + attempt));
        }
        assertThat(mvc.perform(formLogin().user(username).password(NEW_HIRE_PASSWORD)))
                .hasRedirectedUrl("/login?error=credentials");
    }

    @Test
    void aDisabledAccountIsNamedOnlyToSomeoneWhoKnowsItsPassword() {
        String username = hireAtD001("disabled.account");
        long id = DealerScope.systemFor(1)
                .call(() -> staff.all().stream()
                        .filter(member -> member.username().equals(username))
                        .findFirst()
                        .orElseThrow()
                        .id());
        DealerScope.systemFor(1).run(() -> staff.update(id, "测试员工", EnumSet.of(Role.TECHNICIAN), false));
        assertThat(mvc.perform(formLogin().user(username).password("not-the-password")))
                .hasRedirectedUrl("/login?error=credentials");
        assertThat(mvc.perform(formLogin().user(username).password(NEW_HIRE_PASSWORD)))
                .hasRedirectedUrl("/login?error=disabled");
    }

    @Test
    void aGoodPasswordResetsTheFailureCount() {
        String username = hireAtD001("forgetful.user");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password"));
        }
        assertThat(mvc.perform(formLogin().user(username).password(NEW_HIRE_PASSWORD)))
                .hasRedirectedUrl("/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-password"));
        }
        assertThat(mvc.perform(formLogin().user(username).password(NEW_HIRE_PASSWORD)))
                .hasRedirectedUrl("/");
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
                .cookie(new Cookie("SHINRAI_SESSION", "a-session-the-server-forgot"))
                .param("username", "admin")
                .param("password", PASSWORD)
                .exchange();
        assertThat(stale).hasRedirectedUrl("/login?error=expired");
        assertThat(mvc.get().uri("/login?error=expired").exchange()).bodyText().contains("页面已过期，请重新登录。");
    }

    @Test
    void aSignInWhoseBrowserSentNoCookieBackSaysWhy() {
        // the sign-in page set its session cookie, but the browser did not keep it (cookies blocked, or a Secure
        // cookie on a plain-HTTP page): the form comes back without any session id
        MvcTestResult noCookie = mvc.post()
                .uri("/login")
                .param("username", "admin")
                .param("password", PASSWORD)
                .exchange();
        assertThat(noCookie).hasRedirectedUrl("/login?error=cookies");
        assertThat(mvc.get().uri("/login?error=cookies").exchange()).bodyText().contains("浏览器没有送回登录所需的 Cookie");
        assertThat(mvc.get().uri("/login?error=cookies&lang=en").exchange())
                .bodyText()
                .contains("did not send back the cookie");
    }

    @Test
    void theSignInPageWarnsAtOnceWhenTheBrowserRefusesCookies() {
        assertThat(mvc.get().uri("/login").exchange()).bodyText().contains("id=\"cookies-disabled\" hidden");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() {
        MvcTestResult page = mvc.get().uri("/").session(signIn(mvc, "advisor")).exchange();
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval")
                .doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(page).bodyText().doesNotContain("onchange=", "onclick=", "<script>");
    }

    @Test
    void everyPageSaysItRunsOnDemoDataWhileDemoAccountsMaySignIn() {
        assertThat(mvc.get().uri("/").session(signIn(mvc, "advisor")).exchange())
                .bodyText()
                .contains("id=\"demo-banner\"", "演示数据");
        assertThat(mvc.get().uri("/login?lang=en").exchange()).bodyText().contains("Demo data");
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
                .run(() -> staff.hire(
                        new Staff.NewStaffMember(username, "测试员工", NEW_HIRE_PASSWORD, EnumSet.of(Role.TECHNICIAN))));
        return username;
    }

    private MvcTestResult token(String username, String password) {
        return mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .exchange();
    }
}
