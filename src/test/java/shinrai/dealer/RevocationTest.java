package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.NEW_HIRE_PASSWORD;
import static shinrai.DemoAccounts.signIn;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access taken away is gone at once: a live web session of the account ends on its very next request, and an API
 * token issued before a new password no longer works. Each test hires its own account at D001 and acts on it as
 * D001's admin through the staff pages, the way a dealership would.
 */
@ApplicationTest
class RevocationTest {

    static final String NEW_PASSWORD = "another-good-passphrase";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Staff staff;

    @Autowired
    @shinrai.database.SchemaOwner
    javax.sql.DataSource owner;

    @Test
    void disablingSomeoneEndsTheirOpenSessionOnItsNextRequest() {
        Hired member = hire("disabled.live");
        MockHttpSession session = signInAs(member);
        assertThat(mvc.get().uri("/").session(session).exchange()).hasStatusOk();

        assertThat(editAsAdmin(member, Set.of("TECHNICIAN"), false)).hasRedirectedUrl("/staff");

        assertEnded(session);
    }

    @Test
    void aLockOutByWrongPasswordsEndsTheOpenSessionToo() {
        Hired member = hire("locked.live");
        MockHttpSession session = signInAs(member);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(member.username()).password("wrong-password-" + attempt));
        }
        assertEnded(session);
    }

    @Test
    void anAdminsPasswordResetEndsTheOpenSession() {
        Hired member = hire("reset.live");
        MockHttpSession session = signInAs(member);

        assertThat(mvc.post()
                        .uri("/staff/" + member.id() + "/password")
                        .session(signIn(mvc, "admin"))
                        .with(csrf())
                        .param("newPassword", NEW_PASSWORD)
                        .exchange())
                .hasRedirectedUrl("/staff/" + member.id());

        assertEnded(session);
        assertThat(mvc.perform(formLogin().user(member.username()).password(NEW_PASSWORD)))
                .hasRedirectedUrl("/");
    }

    @Test
    void changingOnesOwnPasswordEndsEveryOtherSessionButKeepsTheOneItWasDoneIn() {
        Hired member = hire("own.change");
        MockHttpSession elsewhere = signInAs(member);
        MockHttpSession here = signInAs(member);

        assertThat(mvc.post()
                        .uri("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("currentPassword", NEW_HIRE_PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD)
                        .exchange())
                .hasRedirectedUrl("/");

        assertEnded(elsewhere);
        assertThat(mvc.get().uri("/").session(here).exchange()).hasStatusOk();
    }

    @Test
    void aRoleChangeEndsTheOpenSessionSoTheNewRolesApplyFromTheNextSignIn() {
        Hired member = hire("role.change");
        MockHttpSession session = signInAs(member);

        assertThat(editAsAdmin(member, Set.of("QC_INSPECTOR"), true)).hasRedirectedUrl("/staff");

        assertEnded(session);
    }

    @Test
    void renamingSomeoneLeavesTheirSessionAlone() {
        Hired member = hire("renamed.live");
        MockHttpSession session = signInAs(member);
        DealerScope.systemFor(1).run(() -> staff.update(member.id(), "改名员工", EnumSet.of(Role.TECHNICIAN), true));
        assertThat(mvc.get().uri("/").session(session).exchange()).hasStatusOk();
    }

    @Test
    void anHtmxRequestOfAnEndedSessionIsSentToSignInAsAWholePage() {
        Hired member = hire("htmx.live");
        MockHttpSession session = signInAs(member);
        editAsAdmin(member, Set.of("TECHNICIAN"), false);

        MvcTestResult fragment =
                mvc.get().uri("/").session(session).header("HX-Request", "true").exchange();
        assertThat(fragment).hasStatus(HttpStatus.UNAUTHORIZED).hasHeader("HX-Redirect", "/login?error=ended");
    }

    @Test
    void aTokenIssuedBeforeAnAdminsPasswordResetIsRefused() {
        Hired member = hire("reset.token");
        String token = token(member.username(), NEW_HIRE_PASSWORD);
        assertThat(me(token)).hasStatusOk();

        DealerScope.systemFor(1).run(() -> staff.resetPassword(member.id(), NEW_PASSWORD));

        assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(me(token(member.username(), NEW_PASSWORD))).hasStatusOk();
    }

    @Test
    void aTokenIssuedBeforeAnOwnPasswordChangeIsRefused() {
        Hired member = hire("own.token");
        String token = token(member.username(), NEW_HIRE_PASSWORD);
        MockHttpSession session = signInAs(member);

        mvc.post()
                .uri("/account/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", NEW_HIRE_PASSWORD)
                .param("newPassword", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD)
                .exchange();

        assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(me(token(member.username(), NEW_PASSWORD))).hasStatusOk();
    }

    @Test
    void theNetworkAnalystsOwnPasswordChangeThroughTheDatabaseFunctionEndsTheirOtherSessions() {
        MockHttpSession elsewhere = signIn(mvc, "network");
        MockHttpSession here = signIn(mvc, "network");
        String token = token("network", shinrai.DemoAccounts.PASSWORD);
        try {
            assertThat(changeOwnPassword(here, shinrai.DemoAccounts.PASSWORD, NEW_PASSWORD))
                    .hasRedirectedUrl("/");
            assertEnded(elsewhere);
            assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED);
        } finally {
            // the demo account keeps its published password for the other tests
            assertThat(changeOwnPassword(here, NEW_PASSWORD, shinrai.DemoAccounts.PASSWORD))
                    .hasRedirectedUrl("/");
        }
    }

    @Test
    void anAccountDisabledOutsideThisInstanceLosesItsTokenAndSessionWithinAMoment() {
        Hired member = hire("elsewhere");
        String token = token(member.username(), NEW_HIRE_PASSWORD);
        MockHttpSession session = signInAs(member);
        // both now remembered by this instance
        assertThat(me(token)).hasStatusOk();
        assertThat(mvc.get().uri("/").session(session).exchange()).hasStatusOk();

        // as another instance of the application, or an operator with psql, would
        JdbcClient.create(owner)
                .sql("UPDATE dealer.user_account SET enabled = false WHERE id = :id")
                .param("id", member.id())
                .update();

        // the database announces the change; the announcement arrives within milliseconds
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
        while (me(token).getResponse().getStatus() == 200 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(me(token)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertEnded(session);
    }

    private void assertEnded(MockHttpSession session) {
        assertThat(mvc.get().uri("/").session(session).exchange()).hasRedirectedUrl("/login?error=ended");
        assertThat(session.isInvalid())
                .as("the session is gone, not just refused once")
                .isTrue();
        assertThat(mvc.get().uri("/login?error=ended").exchange()).bodyText().contains("您的账户已变更");
    }

    private MvcTestResult editAsAdmin(Hired member, Set<String> roles, boolean enabled) {
        var request = mvc.post()
                .uri("/staff/" + member.id())
                .session(signIn(mvc, "admin"))
                .with(csrf())
                .param("username", member.username())
                .param("displayName", "测试员工")
                .param("enabled", String.valueOf(enabled));
        for (String role : roles) {
            request = request.param("roles", role);
        }
        return request.exchange();
    }

    private MvcTestResult changeOwnPassword(MockHttpSession session, String current, String next) {
        return mvc.post()
                .uri("/account/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmation", next)
                .exchange();
    }

    private MockHttpSession signInAs(Hired member) {
        MvcTestResult result = mvc.perform(formLogin().user(member.username()).password(NEW_HIRE_PASSWORD));
        assertThat(result).hasRedirectedUrl("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String token(String username, String password) {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .exchange();
        assertThat(result).hasStatusOk();
        return JsonMapper.builder()
                .build()
                .readTree(result.getResponse().getContentAsByteArray())
                .get("token")
                .asString();
    }

    private MvcTestResult me(String token) {
        return mvc.get()
                .uri("/api/v1/me")
                .header("Authorization", "Bearer " + token)
                .exchange();
    }

    private Hired hire(String prefix) {
        String username = prefix + "." + System.nanoTime() % 100000;
        StaffMember hired = DealerScope.systemFor(1)
                .call(() -> staff.hire(
                        new Staff.NewStaffMember(username, "测试员工", NEW_HIRE_PASSWORD, EnumSet.of(Role.TECHNICIAN))));
        return new Hired(hired.id(), username);
    }

    private record Hired(long id, String username) {}
}
