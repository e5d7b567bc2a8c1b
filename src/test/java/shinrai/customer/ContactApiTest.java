package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.database.SchemaOwner;

/** A company's contacts through the REST API: validation names the field, mobiles are masked or audited. */
@ApplicationTest
class ContactApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void aLargeFleetsContactsComeAPageAtATime() throws Exception {
        String contacts = "/api/v1/customers/" + registerCompany("分页车队有限公司") + "/contacts";
        for (int driver = 1; driver <= 3; driver++) {
            assertThat(send("POST", contacts, "advisor", """
                            {"name":"司机%d","role":"司机","mobile":"1987200000%d"}""".formatted(driver, driver)))
                    .hasStatus(HttpStatus.CREATED);
        }
        MvcTestResult first = send("GET", contacts + "?limit=2", "advisor", null);
        assertThat(first).bodyJson().extractingPath("$[*].name").asArray().containsExactly("司机1", "司机2");
        Integer lastId = com.jayway.jsonpath.JsonPath.read(
                first.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$[1].id");

        assertThat(send("GET", contacts + "?limit=2&afterId=" + lastId, "advisor", null))
                .bodyJson()
                .extractingPath("$[*].name")
                .asArray()
                .containsExactly("司机3");
    }

    @Test
    void aContactIsAddedListedChangedAndRemoved() {
        long company = registerCompany("接口车队有限公司");
        String contacts = "/api/v1/customers/" + company + "/contacts";

        MvcTestResult added = send("POST", contacts, "advisor", """
                {"name":"陈经理","role":"车队经理","mobile":"198 7100 0001","primary":true}""");
        assertThat(added).hasStatus(HttpStatus.CREATED);
        assertThat(added).bodyJson().extractingPath("$.mobile").isEqualTo("+8619871000001");
        long contactId = idOf(added);
        assertThat(added.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(contacts + "/" + contactId);

        assertThat(send("PUT", contacts + "/" + contactId, "advisor", """
                        {"name":"陈经理","role":"财务","mobile":"19871000002","email":"chen@example.com"}"""))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.role")
                .isEqualTo("财务");
        assertThat(send("GET", contacts, "advisor", null))
                .bodyJson()
                .extractingPath("$[*].mobile")
                .asArray()
                .containsExactly("+8619871000002");

        assertThat(send("DELETE", contacts + "/" + contactId, "advisor", null)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(send("GET", contacts, "advisor", null))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
        assertThat(send("DELETE", contacts + "/" + contactId, "advisor", null)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aBadMobileAndAMissingNameAreRefusedUnderTheirFields() {
        String contacts = "/api/v1/customers/" + registerCompany("校验车队有限公司") + "/contacts";

        MvcTestResult badMobile = send("POST", contacts, "advisor", """
                {"name":"陈经理","mobile":"021-58886666"}""");
        assertThat(badMobile).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(badMobile).bodyJson().extractingPath("$.errors[0].field").isEqualTo("mobile");
        assertThat(badMobile)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("固定电话");

        MvcTestResult noName = send("POST", contacts, "advisor", """
                {"name":" ","mobile":"19871000011"}""");
        assertThat(noName).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(noName).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void aPrivatePersonHasNoContacts() {
        MvcTestResult person = send("POST", "/api/v1/customers?confirmNotADuplicate=true", "advisor", """
                {"kind":"PERSON","name":"个人客户","mobiles":["19871000021"]}""");
        MvcTestResult refused = send("POST", "/api/v1/customers/" + idOf(person) + "/contacts", "advisor", """
                        {"name":"陈经理","mobile":"19871000022"}""");
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("只有单位客户可以添加联系人");
    }

    @Test
    void aTechnicianReadsMobilesMaskedAndMayNotChangeContactsWhileAnAdvisorsReadIsAudited() {
        long company = registerCompany("掩码车队有限公司");
        String contacts = "/api/v1/customers/" + company + "/contacts";
        send("POST", contacts, "advisor", """
                {"name":"林司机","role":"司机","mobile":"19871000031"}""");

        assertThat(send("GET", contacts, "technician", null))
                .bodyJson()
                .extractingPath("$[0].mobile")
                .isEqualTo("198****0031");
        assertThat(send("POST", contacts, "technician", """
                        {"name":"冒名","mobile":"19871000032"}""")).hasStatus(HttpStatus.FORBIDDEN);

        long auditedBefore = viewsAudited(company);
        assertThat(send("GET", contacts, "advisor", null))
                .bodyJson()
                .extractingPath("$[0].mobile")
                .isEqualTo("+8619871000031");
        assertThat(viewsAudited(company)).isEqualTo(auditedBefore + 1);
    }

    @Test
    void anotherDealersContactsAreNotFound() {
        long company = registerCompany("隔离车队有限公司");
        String contacts = "/api/v1/customers/" + company + "/contacts";
        long contactId = idOf(send("POST", contacts, "advisor", """
                {"name":"黄经理","mobile":"19871000041"}"""));

        assertThat(send("GET", contacts, "d2.advisor", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(send("GET", contacts + "/" + contactId, "d2.advisor", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(send("DELETE", contacts + "/" + contactId, "d2.advisor", null))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(send("GET", contacts + "/" + contactId, "advisor", null)).hasStatusOk();
    }

    private long registerCompany(String name) {
        MvcTestResult result = send("POST", "/api/v1/customers", "advisor", """
                {"kind":"COMPANY","name":"%s"}""".formatted(name));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return idOf(result);
    }

    private long viewsAudited(long customerId) {
        return JdbcClient.create(owner)
                .sql("""
                        SELECT count(*) FROM audit.audit_event
                        WHERE action = 'READ' AND entity_id = :id AND (details ->> 'whole')::boolean""")
                .param("id", String.valueOf(customerId))
                .query(Long.class)
                .single();
    }

    private static long idOf(MvcTestResult created) {
        String body = new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    private MvcTestResult send(String method, String uri, String user, String json) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, user));
        return json == null
                ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
