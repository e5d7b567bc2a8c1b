package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.shared.DealerScope;

/** A dealer admin manages their staff in the UI; form errors come back translated next to the field. */
@ApplicationTest
class StaffManagementTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Staff staff;

    @Test
    void theAdminHiresSomeoneWhoCanThenSignIn() {
        String username = "new.hire." + System.nanoTime() % 100000;
        MvcTestResult hired = hire(signIn(mvc, "admin"), username, "孙小美", "first-day-2026", "SERVICE_ADVISOR");
        assertThat(hired).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/staff");
        assertThat(mvc.perform(formLogin().user(username).password("first-day-2026")))
                .hasRedirectedUrl("/");
    }

    @Test
    void whoeverIsGivenARoleHoldsItAtOnceAndWhoeverLeavesNoLonger() {
        DealerScope d002 = DealerScope.systemFor(2);
        java.util.List<StaffId> before = d002.call(() -> staff.activeIds(Role.CUSTOMER_RELATIONS));
        StaffMember hired = d002.call(() -> staff.hire(new Staff.NewStaffMember(
                "agent." + System.nanoTime() % 100000,
                "回访专员",
                DemoAccounts.NEW_HIRE_PASSWORD,
                java.util.EnumSet.of(Role.CUSTOMER_RELATIONS))));
        StaffId agent = new StaffId(java.util.Objects.requireNonNull(hired.id()));

        assertThat(d002.call(() -> staff.activeIds(Role.CUSTOMER_RELATIONS)))
                .containsAll(before)
                .contains(agent);
        assertThat(DealerScope.systemFor(1).call(() -> staff.activeIds(Role.CUSTOMER_RELATIONS)))
                .doesNotContain(agent);

        d002.run(() -> staff.update(agent.value(), "回访专员", java.util.EnumSet.of(Role.CUSTOMER_RELATIONS), false));
        assertThat(d002.call(() -> staff.activeIds(Role.CUSTOMER_RELATIONS))).isEqualTo(before);
    }

    @Test
    void formErrorsAreShownInTheUsersLanguage() {
        MockHttpSession admin = signIn(mvc, "admin");
        MvcTestResult chinese = hire(admin, "x", "", "short", null);
        assertThat(chinese).hasStatusOk().bodyText().contains("is-invalid", "请至少选择一个岗位", "不能为空");

        MvcTestResult english = mvc.post()
                .uri("/staff/new")
                .session(admin)
                .with(csrf())
                .cookie(new Cookie("shinrai-lang", "en"))
                .param("username", "ok.name")
                .param("displayName", "Someone")
                .param("password", "short")
                .param("roles", "CASHIER")
                .exchange();
        assertThat(english).hasStatusOk().bodyText().contains("the password needs at least 10 characters");
    }

    @Test
    void aTakenUsernameIsRefusedEvenWhenItBelongsToAnotherDealer() {
        MvcTestResult taken = hire(signIn(mvc, "d2.admin"), "advisor", "重名", "long-enough-pass", "CASHIER");
        assertThat(taken).hasStatusOk().bodyText().contains("用户名 advisor 已被使用");
    }

    @Test
    void anAdminCannotLockThemselvesOut() throws Exception {
        MockHttpSession admin = signIn(mvc, "d2.admin");
        String list = mvc.get()
                .uri("/staff")
                .session(admin)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String id = list.replaceAll("(?s).*href=\"/staff/(\\d+)\"[^>]*>吴刚<.*", "$1");
        MvcTestResult refused = mvc.post()
                .uri("/staff/" + id)
                .session(admin)
                .with(csrf())
                .param("username", "d2.admin")
                .param("displayName", "吴刚")
                .param("roles", "SERVICE_ADVISOR")
                .param("enabled", "true")
                .exchange();
        assertThat(refused).hasStatusOk().bodyText().contains("不能停用自己或取消自己的门店管理员岗位");
    }

    @Test
    void theAdminEditsTheDealerProfileAndBadHoursAreRefused() {
        MockHttpSession admin = signIn(mvc, "d2.admin");
        assertThat(saveSettings(admin, "18:00", "08:00", "320.00", "08:00", "21:00"))
                .hasStatusOk()
                .bodyText()
                .contains("营业结束时间须晚于开始时间");
        assertThat(saveSettings(admin, "08:00", "17:30", "330.00", "22:00", "07:00"))
                .hasStatusOk()
                .bodyText()
                .contains("消息发送时间的结束须晚于开始");

        assertThat(saveSettings(admin, "08:00", "17:30", "330.00", "09:00", "20:30"))
                .hasRedirectedUrl("/dealer/settings");
        assertThat(mvc.get().uri("/dealer/settings").session(admin).exchange())
                .bodyText()
                .contains("330.00", "20:30");
    }

    /** The dealer settings form as D002's admin fills it in, with the hours and rate given. */
    private MvcTestResult saveSettings(
            MockHttpSession admin,
            String opensAt,
            String closesAt,
            String labourRate,
            String messagesFrom,
            String messagesUntil) {
        return mvc.post()
                .uri("/dealer/settings")
                .session(admin)
                .with(csrf())
                .param("name", "信赖丰田4S店（杭州西湖）")
                .param("address", "浙江省杭州市西湖区文三路398号")
                .param("phone", "0571-88882222")
                .param("opensAt", opensAt)
                .param("closesAt", closesAt)
                .param("timeZone", "Asia/Shanghai")
                .param("labourRate", labourRate)
                .param("messagesFrom", messagesFrom)
                .param("messagesUntil", messagesUntil)
                .exchange();
    }

    @Test
    void everyoneChangesTheirOwnPasswordNetworkStaffIncluded() {
        MockHttpSession network = signIn(mvc, "network");
        MvcTestResult wrongCurrent = changePassword(network, "not-my-password", "brand-new-secret");
        assertThat(wrongCurrent).hasStatusOk().bodyText().contains("当前密码不正确");
        assertThat(changePassword(network, DemoAccounts.PASSWORD, "brand-new-secret"))
                .hasRedirectedUrl("/");
        assertThat(mvc.perform(formLogin().user("network").password("brand-new-secret")))
                .hasRedirectedUrl("/");
        // put the demo password back for the other tests
        assertThat(changePassword(network, "brand-new-secret", DemoAccounts.PASSWORD))
                .hasRedirectedUrl("/");
    }

    @Test
    void thePublishedDemoPasswordIsRefusedForAnyoneHiredResetOrChangingTheirOwn() {
        MockHttpSession admin = signIn(mvc, "admin");
        String username = "real.person." + System.nanoTime() % 100000;
        assertThat(hire(admin, username, "真员工", DemoAccounts.PASSWORD, "CASHIER"))
                .hasStatusOk()
                .bodyText()
                .contains("不能使用公开的演示密码");
        assertThat(hire(admin, username, "真员工", DemoAccounts.NEW_HIRE_PASSWORD, "CASHIER"))
                .hasRedirectedUrl("/staff");
        long id = DealerScope.systemFor(1)
                .call(() -> staff.all().stream()
                        .filter(member -> member.username().equals(username))
                        .findFirst()
                        .orElseThrow()
                        .id());

        assertThat(mvc.post()
                        .uri("/staff/" + id + "/password")
                        .session(admin)
                        .with(csrf())
                        .param("newPassword", DemoAccounts.PASSWORD)
                        .exchange())
                .hasRedirectedUrl("/staff/" + id)
                .flash()
                .containsEntry("problem", "staff.error.passwordIsTheDemoPassword");

        MockHttpSession own = signIn(mvc, username, DemoAccounts.NEW_HIRE_PASSWORD);
        assertThat(changePassword(own, DemoAccounts.NEW_HIRE_PASSWORD, DemoAccounts.PASSWORD))
                .hasStatusOk()
                .bodyText()
                .contains("不能使用公开的演示密码");
    }

    @Test
    void aCommonPasswordIsRefusedWithAReasonInTheUsersLanguage() {
        MvcTestResult english = mvc.post()
                .uri("/staff/new")
                .session(signIn(mvc, "admin"))
                .with(csrf())
                .cookie(new Cookie("shinrai-lang", "en"))
                .param("username", "common.pass")
                .param("displayName", "Someone")
                .param("password", "Password2026!")
                .param("roles", "CASHIER")
                .exchange();
        assertThat(english).hasStatusOk().bodyText().contains("this password is too common");
    }

    @Test
    void aDemoAccountMayBeResetToTheDemoPassword() {
        long id = DealerScope.systemFor(1)
                .call(() -> staff.all().stream()
                        .filter(member -> member.username().equals("cashier"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        assertThat(mvc.post()
                        .uri("/staff/" + id + "/password")
                        .session(signIn(mvc, "admin"))
                        .with(csrf())
                        .param("newPassword", DemoAccounts.PASSWORD)
                        .exchange())
                .flash()
                .containsEntry("notice", "staff.passwordReset");
    }

    private MvcTestResult changePassword(MockHttpSession session, String current, String next) {
        return mvc.post()
                .uri("/account/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmation", next)
                .exchange();
    }

    private MvcTestResult hire(
            MockHttpSession session, String username, String displayName, String password, String role) {
        var request = mvc.post()
                .uri("/staff/new")
                .session(session)
                .with(csrf())
                .param("username", username)
                .param("displayName", displayName)
                .param("password", password);
        if (role != null) {
            request = request.param("roles", role);
        }
        return request.exchange();
    }
}
