package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static shinrai.DemoAccounts.signIn;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.database.SchemaOwner;
import shinrai.dealer.StaffPrincipal;

/**
 * PIPL's minimum necessary: roles without "see unmasked contact details" (technician, foreman, inspector, dealer
 * admin) get e-mail, WeChat id, address and birthday masked on pages and in the API, and every API read of a
 * customer's personal data is on the audit log, one entry per request.
 */
@ApplicationTest
class ContactDetailsMaskingTest {

    private static final String EMAIL = "zhang.wei@example.com";
    private static final String WECHAT = "wxid_zhangwei88";
    private static final String ADDRESS = "上海市浦东新区张江路 123 弄 5 号 601 室";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void aTechnicianReadsEmailWechatAddressAndBirthdayMaskedThroughTheApi() {
        long id = registerPerson("19872000041");
        MvcTestResult read = get("/api/v1/customers/" + id, "technician");
        assertThat(read).hasStatusOk();
        assertThat(read).bodyJson().extractingPath("$.email").isEqualTo("z***@example.com");
        assertThat(read).bodyJson().extractingPath("$.wechatId").isEqualTo("w***");
        assertThat(read).bodyJson().extractingPath("$.address").isEqualTo("上海市浦东新区***");
        assertThat(read).bodyJson().doesNotHavePath("$.birthday");
        assertThat(read).bodyJson().extractingPath("$.birthdayMonthDay").isEqualTo("--05-14");
        assertThat(read).bodyJson().extractingPath("$.mobiles[0]").isEqualTo("198****0041");
    }

    @Test
    void anAdvisorReadsThemWhole() {
        long id = registerPerson("19872000042");
        MvcTestResult read = get("/api/v1/customers/" + id, "advisor");
        assertThat(read).bodyJson().extractingPath("$.email").isEqualTo(EMAIL);
        assertThat(read).bodyJson().extractingPath("$.wechatId").isEqualTo(WECHAT);
        assertThat(read).bodyJson().extractingPath("$.address").isEqualTo(ADDRESS);
        assertThat(read).bodyJson().extractingPath("$.birthday").isEqualTo("1985-05-14");
    }

    @Test
    void theCustomerPageShowsThemMaskedToTheForemanAndWholeToTheAdvisor() {
        long id = registerPerson("19872000043");
        String foremansPage = page("/customers/" + id, "foreman");
        assertThat(foremansPage)
                .contains("z***@example.com", "w***", "上海市浦东新区***", "****-05-14")
                .doesNotContain(EMAIL, WECHAT, "张江路", "1985");
        assertThat(page("/customers/" + id, "advisor")).contains(EMAIL, WECHAT, "张江路 123 弄", "1985-05-14");
    }

    @Test
    void aCompanysContactsEmailIsMaskedForTheInspector() {
        long company = idOf(send("/api/v1/customers", "advisor", """
                {"kind":"COMPANY","name":"掩码邮箱车队有限公司"}"""));
        send("/api/v1/customers/" + company + "/contacts", "advisor", """
                {"name":"车队经理","mobile":"19872000044","email":"fleet.boss@example.com"}""");
        assertThat(get("/api/v1/customers/" + company + "/contacts", "inspector"))
                .bodyJson()
                .extractingPath("$[0].email")
                .isEqualTo("f***@example.com");
        assertThat(page("/customers/" + company, "inspector"))
                .contains("f***@example.com")
                .doesNotContain("fleet.boss");
    }

    @Test
    void aSearchThroughTheApiWritesOneAuditEntryListingEveryCustomerFound() {
        long first = registerPerson("19872000045", "审计批量甲");
        long second = registerPerson("19872000046", "审计批量乙");
        long before = lastAuditId();

        assertThat(get("/api/v1/customers?q=审计批量", "advisor"))
                .bodyJson()
                .extractingPath("$.length()")
                .asNumber()
                .isEqualTo(2);

        List<Map<String, Object>> entries =
                owner().sql("""
                        SELECT action, entity_type, details ->> 'ids' AS ids FROM audit.audit_event
                        WHERE id > :before AND actor_name = 'advisor' AND action = 'READ'""").param("before", before).query().listOfRows();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("entity_type")).isEqualTo("customer.customer");
        assertThat((String) entries.get(0).get("ids")).contains(String.valueOf(first), String.valueOf(second));
    }

    @Test
    void readingOneCustomerIsAuditedSayingWhetherTheDetailsWereMasked() {
        long id = registerPerson("19872000047");
        get("/api/v1/customers/" + id, "technician");
        assertThat(owner().sql("""
                        SELECT (details ->> 'whole')::boolean FROM audit.audit_event
                        WHERE action = 'READ' AND entity_id = :id AND actor_name = 'technician'""")
                        .param("id", String.valueOf(id))
                        .query(Boolean.class)
                        .list())
                .containsExactly(false);
    }

    @Test
    void refusedImportLinesShowTheirCellsOnlyToThoseWhoMaySeeContactDetails() {
        String location = importWithRefusedLine("拒绝行测试,19872000048,bad-mail\n");
        String bearer = DemoAccounts.bearer(mvc, "relations");
        assertThat(mvc.get()
                        .uri(location + "/errors")
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchange())
                .bodyJson()
                .extractingPath("$.refusals[0].cells")
                .asArray()
                .contains("19872000048");
        long job = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // no role grants importing without the permission today; a future one must not see the cells
        var importerWithoutContactView = authentication(new UsernamePasswordAuthenticationToken(
                relations(), null, List.of(new SimpleGrantedAuthority("CUSTOMER_IMPORT_EXPORT"))));
        MvcTestResult api = mvc.get()
                .uri(location + "/errors")
                .with(importerWithoutContactView)
                .exchange();
        assertThat(api).hasStatusOk();
        assertThat(api)
                .bodyJson()
                .extractingPath("$.refusals[0].cells")
                .asArray()
                .isEmpty();
        assertThat(api)
                .bodyJson()
                .extractingPath("$.refusals[0].reasons")
                .asArray()
                .isNotEmpty();

        MvcTestResult csv = mvc.get()
                .uri("/customers/imports/" + job + "/errors.csv")
                .with(importerWithoutContactView)
                .exchange();
        assertThat(csv).hasStatusOk();
        assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .doesNotContain("19872000048", "拒绝行测试", "bad-mail");
        assertThat(owner().sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'customer.import_job'"
                                + " AND entity_id = :job AND action IN ('READ', 'EXPORT')")
                        .param("job", String.valueOf(job))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private StaffPrincipal relations() {
        Map<String, Object> account = owner().sql(
                        "SELECT id, display_name, network_id, access_version FROM dealer.user_account"
                                + " WHERE username = 'relations'")
                .query()
                .singleRow();
        return new StaffPrincipal(
                (Long) account.get("id"),
                "relations",
                (String) account.get("display_name"),
                1L,
                "D001",
                (Long) account.get("network_id"),
                "network",
                Set.of(),
                true,
                null,
                ((Number) account.get("access_version")).longValue(),
                null);
    }

    private String importWithRefusedLine(String line) {
        MvcTestResult accepted = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/imports")
                .file(new MockMultipartFile(
                        "file", "refused.csv", "text/csv", ("客户姓名,手机号码,邮箱\n" + line).getBytes(StandardCharsets.UTF_8)))
                .param("mapping", "{\"0\":\"NAME\",\"1\":\"MOBILE\",\"2\":\"EMAIL\"}")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "relations")));
        assertThat(accepted).hasStatus(HttpStatus.ACCEPTED);
        String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
        String bearer = DemoAccounts.bearer(mvc, "relations");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mvc.get()
                        .uri(location)
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)
                        .contains("\"DONE\""));
        return location;
    }

    private long registerPerson(String mobile) {
        return registerPerson(mobile, "掩码测试");
    }

    private long registerPerson(String mobile, String name) {
        MvcTestResult registered = send("/api/v1/customers?confirmNotADuplicate=true", "advisor", """
                {"kind":"PERSON","name":"%s","mobiles":["%s"],"email":"%s","wechatId":"%s","address":"%s",
                 "birthday":"1985-05-14"}""".formatted(
                        name, mobile, EMAIL, WECHAT, ADDRESS));
        assertThat(registered).hasStatus(HttpStatus.CREATED);
        return idOf(registered);
    }

    private long lastAuditId() {
        return owner().sql("SELECT coalesce(max(id), 0) FROM audit.audit_event")
                .query(Long.class)
                .single();
    }

    private String page(String uri, String user) {
        MvcTestResult page = mvc.get().uri(uri).session(signIn(mvc, user)).exchange();
        assertThat(page).hasStatusOk();
        return new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private MvcTestResult send(String uri, String user, String json) {
        return DemoAccounts.post(mvc, uri, user, json);
    }

    private MvcTestResult get(String uri, String user) {
        return DemoAccounts.get(mvc, uri, user);
    }

    private static long idOf(MvcTestResult created) {
        String body = new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    private JdbcClient owner() {
        return JdbcClient.create(owner);
    }
}
