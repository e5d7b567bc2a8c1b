package shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static shinrai.DemoAccounts.signIn;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.database.SchemaOwner;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffMember;
import shinrai.shared.DealerScope;

@ApplicationTest
class AuditLogTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Staff staff;

    @Autowired
    DataSource runtimeDataSource;

    @Autowired
    @SchemaOwner
    DataSource ownerDataSource;

    @Test
    void signInsAndRefusedSignInsAreRecordedWithTheirReason() {
        mvc.perform(formLogin().user("foreman").password(DemoAccounts.PASSWORD));
        mvc.perform(formLogin().user("foreman").password("wrong-password"));
        mvc.perform(formLogin().user("nobody-at-all").password("wrong-password"));

        List<Map<String, Object>> foreman = owner().sql("""
                        SELECT action, details ->> 'reason' AS reason, dealer_id FROM audit.audit_event
                        WHERE actor_name = 'foreman' AND action LIKE 'SIGN_IN%' ORDER BY id DESC LIMIT 2""").query().listOfRows();
        assertThat(foreman)
                .extracting(row -> row.get("action"), row -> row.get("reason"), row -> row.get("dealer_id"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SIGN_IN_FAILED", "BAD_CREDENTIALS", 1L),
                        org.assertj.core.groups.Tuple.tuple("SIGN_IN", null, 1L));
        assertThat(owner().sql("SELECT count(*) FROM audit.audit_event WHERE actor_name = 'nobody-at-all'"
                                + " AND action = 'SIGN_IN_FAILED' AND dealer_id IS NULL")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void everyChangeToStaffRecordsWhoChangedWhatFromWhatToWhat() {
        StaffMember hired = asD001Admin(() -> staff.hire(new Staff.NewStaffMember(
                "audit.subject." + System.nanoTime() % 100000,
                "王小二",
                DemoAccounts.NEW_HIRE_PASSWORD,
                EnumSet.of(Role.TECHNICIAN))));
        asD001Admin(() -> staff.update(hired.id(), "王小三", EnumSet.of(Role.FOREMAN), true));

        Map<String, Object> update =
                owner().sql("""
                        SELECT actor_name, details ->> 'display_name' AS name, details ->> 'roles' AS roles
                        FROM audit.audit_event
                        WHERE entity_type = 'dealer.user_account' AND entity_id = :id AND action = 'UPDATE'""").param("id", String.valueOf(hired.id())).query().singleRow();
        assertThat(update.get("actor_name")).isEqualTo("admin");
        assertThat((String) update.get("name")).contains("\"from\": \"王小二\"", "\"to\": \"王小三\"");
        assertThat((String) update.get("roles")).contains("TECHNICIAN", "FOREMAN");
    }

    @Test
    void aPasswordChangeIsRecordedButNeverItsHash() {
        StaffMember hired = asD001Admin(() -> staff.hire(new Staff.NewStaffMember(
                "audit.password." + System.nanoTime() % 100000,
                "赵六",
                DemoAccounts.NEW_HIRE_PASSWORD,
                EnumSet.of(Role.CASHIER))));
        asD001Admin(() -> {
            staff.resetPassword(hired.id(), "another-long-password");
            return null;
        });
        List<String> details = owner().sql("SELECT details::text FROM audit.audit_event WHERE entity_id = :id"
                        + " AND entity_type = 'dealer.user_account'")
                .param("id", String.valueOf(hired.id()))
                .query(String.class)
                .list();
        assertThat(details).hasSize(2).allSatisfy(text -> assertThat(text).doesNotContain("argon2"));
        assertThat(details).anySatisfy(text -> assertThat(text).contains("\"password_hash\": \"***\""));
    }

    @Test
    void theLogCannotBeRewrittenNotEvenByTheSchemaOwner() {
        DealerScope.systemFor(1)
                .run(() -> assertThat(refusal(runtime(), "UPDATE audit.audit_event SET action = 'X'"))
                        .contains("permission denied"));
        DealerScope.systemFor(1)
                .run(() -> assertThat(refusal(runtime(), "DELETE FROM audit.audit_event"))
                        .contains("permission denied"));
        assertThat(refusal(owner(), "UPDATE audit.audit_event SET action = 'X'"))
                .contains("append-only");
        assertThat(refusal(owner(), "DELETE FROM audit.audit_event")).contains("append-only");
        assertThat(refusal(owner(), "TRUNCATE audit.audit_event")).contains("append-only");
    }

    @Test
    void theDealerAdminBrowsesTheirOwnDealersLog() {
        MockHttpSession d001Admin = signIn(mvc, "admin");
        MvcTestResult page = mvc.get().uri("/audit").session(d001Admin).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"audit-table\"", "data-action=\"SIGN_IN\"");

        MvcTestResult fragment = mvc.get()
                .uri("/audit?action=SIGN_IN")
                .header("HX-Request", "true")
                .session(d001Admin)
                .exchange();
        assertThat(fragment)
                .bodyText()
                .contains("id=\"audit-results\"")
                .doesNotContain("<html", "data-action=\"INSERT\"");
    }

    @Test
    void aD002AdminNeverSeesD001Entries() throws Exception {
        String page = mvc.get()
                .uri("/audit?actor=admin")
                .session(signIn(mvc, "d2.admin"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("王建国").containsPattern("(d2\\.admin|audit\\.empty|没有符合条件的记录)");
    }

    @Test
    void aDealerAdminSeesNoFullMobileNumberOnAnyPageOfTheLog() {
        MockHttpSession admin = signIn(mvc, "admin");
        Pattern fullMobile = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)|\\+861\\d{10}");
        String page = html(mvc.get().uri("/audit?record=customer.phone").session(admin));
        assertThat(page).as("the demo customers' phone numbers are in the log").contains("****");
        int pages = 1;
        while (true) {
            assertThat(fullMobile
                            .matcher(page)
                            .results()
                            .map(MatchResult::group)
                            .toList())
                    .as("full mobile numbers on page %d", pages)
                    .isEmpty();
            Matcher older = OLDER.matcher(page);
            if (!older.find() || pages == 40) {
                break;
            }
            page = html(mvc.get()
                    .uri("/audit?record=customer.phone&before=" + older.group(1))
                    .session(admin));
            pages++;
        }
        assertThat(pages).as("the log was paged through").isGreaterThan(1);
    }

    @Test
    void theServiceManagerWhoMaySeeContactDetailsSeesThemWhole() {
        String page = html(mvc.get().uri("/audit?record=customer.phone").session(signIn(mvc, "manager")));
        assertThat(page).containsPattern("\\+861[3-9]\\d{9}");
    }

    @Test
    void aRowReadsInBusinessWordsWithItsChangesLabelledBeforeAndAfter() {
        StaffMember hired = asD001Admin(() -> staff.hire(new Staff.NewStaffMember(
                "audit.words." + System.nanoTime() % 100000,
                "孙小一",
                DemoAccounts.NEW_HIRE_PASSWORD,
                EnumSet.of(Role.TECHNICIAN))));
        asD001Admin(() -> staff.update(hired.id(), "孙小二", EnumSet.of(Role.TECHNICIAN), true));
        asD001Admin(() -> {
            staff.resetPassword(hired.id(), "another-long-password");
            return null;
        });

        String page = html(
                mvc.get().uri("/audit?record=dealer.user_account&action=UPDATE").session(signIn(mvc, "admin")));
        assertThat(page)
                .contains("员工账号 孙小二 #" + hired.id())
                .containsPattern("姓名</span>\\s*<del class=\"audit-before\">孙小一</del>\\s*"
                        + "<span class=\"audit-after audit-changed\">孙小二</span>")
                .contains("已更改（不显示）")
                .doesNotContain("argon2", "password_hash", "{\"from\"");
    }

    @Test
    void anAppointmentsConfirmationReadsAsSuch() {
        String page = html(mvc.get()
                .uri("/audit?record=messaging.outbox_message&action=INSERT")
                .session(signIn(mvc, "admin")));
        assertThat(page).containsPattern("预约 #\\d+ 的确认短信").doesNotContain("messaging.outbox_message #");
        String english = html(mvc.get()
                .uri("/audit?record=messaging.outbox_message&action=INSERT&lang=en")
                .session(signIn(mvc, "admin")));
        assertThat(english).containsPattern("SMS confirming appointment #\\d+");
    }

    @Test
    void aPageHoldsFiftyEntriesAndTheNextOneStartsBelowIt() {
        MockHttpSession admin = signIn(mvc, "admin");
        List<Long> first = ids(html(mvc.get().uri("/audit").session(admin)));
        assertThat(first).hasSize(50).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<Long> second =
                ids(html(mvc.get().uri("/audit?before=" + first.get(49)).session(admin)));
        assertThat(second).isNotEmpty().allSatisfy(id -> assertThat(id).isLessThan(first.get(49)));
    }

    @Test
    void theLogIsForAdminsOnly() {
        assertThat(mvc.get().uri("/audit").session(signIn(mvc, "advisor")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static final Pattern OLDER = Pattern.compile("id=\"audit-older\"[^>]*before=(\\d+)");

    private static List<Long> ids(String page) {
        return Pattern.compile("data-id=\"(\\d+)\"")
                .matcher(page)
                .results()
                .map(match -> Long.valueOf(match.group(1)))
                .toList();
    }

    private String html(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private <T> T asD001Admin(java.util.function.Supplier<T> work) {
        long adminId = owner().sql("SELECT id FROM dealer.user_account WHERE username = 'admin'")
                .query(Long.class)
                .single();
        return new DealerScope(adminId, "admin", 1L, 1L).call(work);
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private JdbcClient runtime() {
        return JdbcClient.create(runtimeDataSource);
    }

    private static String refusal(JdbcClient client, String sql) {
        try {
            client.sql(sql).update();
            throw new AssertionError("not refused: " + sql);
        } catch (DataAccessException refused) {
            return refused.getMostSpecificCause().getMessage();
        }
    }
}
