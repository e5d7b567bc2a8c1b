package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.database.SchemaOwner;

/**
 * A dealer sees its own rows only, through every door: the web UI and the REST API. (Raw SQL under the runtime
 * role is {@code RowLevelSecurityTest}'s job.) D002's people look for D001's data and find nothing.
 */
@ApplicationTest
class DealerIsolationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @SchemaOwner
    javax.sql.DataSource owner;

    @Test
    void aD002TokenSeesOnlyD002InEveryEndpoint() {
        String advisor = DemoAccounts.bearer(mvc, "d2.advisor");
        assertThat(get("/api/v1/me", advisor))
                .bodyJson()
                .extractingPath("$.dealer.id")
                .asNumber()
                .isEqualTo(2);
        assertThat(get("/api/v1/dealers", advisor))
                .bodyJson()
                .extractingPath("$[*].code")
                .asArray()
                .containsExactly("D002");
        String admin = DemoAccounts.bearer(mvc, "d2.admin");
        assertThat(get("/api/v1/staff", admin))
                .bodyJson()
                .extractingPath("$[*].dealerId")
                .asArray()
                .isNotEmpty()
                .containsOnly(2);
    }

    @Test
    void aD001RecordIsNotFoundForD002EvenByItsId() {
        long d001Admin = accountId("admin");
        MvcTestResult result = get("/api/v1/staff/" + d001Admin, DemoAccounts.bearer(mvc, "d2.admin"));
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyText().doesNotContain("王建国");
    }

    @Test
    void hiringThroughTheApiLandsInTheCallersOwnDealer() {
        String username = "api.hire." + System.nanoTime() % 100000;
        MvcTestResult hired = mvc.post()
                .uri("/api/v1/staff")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "d2.admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username
                        + "\",\"displayName\":\"钱多多\",\"password\":\"long-enough-1\",\"roles\":[\"CASHIER\"]}")
                .exchange();
        assertThat(hired).hasStatus(HttpStatus.CREATED);
        assertThat(hired).bodyJson().extractingPath("$.dealerId").asNumber().isEqualTo(2);
    }

    @Test
    void theD002AdminSeesOnlyD002StaffInTheUi() {
        MockHttpSession session = signIn(mvc, "d2.admin");
        assertThat(mvc.get().uri("/staff").session(session).exchange())
                .bodyText()
                .contains("data-username=\"d2.advisor\"")
                .doesNotContain("data-username=\"advisor\"", "王建国");
        assertThat(mvc.get()
                        .uri("/staff/" + accountId("admin"))
                        .session(session)
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theD002AdminCannotChangeAD001AccountThroughTheUi() {
        long d001Technician = accountId("technician");
        MvcTestResult attempt = mvc.post()
                .uri("/staff/" + d001Technician)
                .session(signIn(mvc, "d2.admin"))
                .with(csrf())
                .param("username", "technician")
                .param("displayName", "被篡改")
                .param("roles", "DEALER_ADMIN")
                .param("enabled", "false")
                .exchange();
        assertThat(attempt).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(org.springframework.jdbc.core.simple.JdbcClient.create(owner)
                        .sql("SELECT display_name FROM dealer.user_account WHERE id = :id")
                        .param("id", d001Technician)
                        .query(String.class)
                        .single())
                .isEqualTo("刘洋");
    }

    @Test
    void theNetworkAnalystReadsEveryDealerOfTheNetworkAndChangesNothing() {
        String network = DemoAccounts.bearer(mvc, "network");
        assertThat(get("/api/v1/dealers", network))
                .bodyJson()
                .extractingPath("$[*].code")
                .asArray()
                .containsExactly("D001", "D002");
        assertThat(mvc.post()
                        .uri("/api/v1/staff")
                        .header(HttpHeaders.AUTHORIZATION, network)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"intruder\",\"displayName\":\"x\",\"password\":\"long-enough-1\","
                                + "\"roles\":[\"CASHIER\"]}")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/network/dealers")
                        .session(signIn(mvc, "network"))
                        .exchange())
                .bodyText()
                .contains("data-code=\"D001\"", "data-code=\"D002\"");
    }

    private MvcTestResult get(String uri, String bearer) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private long accountId(String username) {
        return org.springframework.jdbc.core.simple.JdbcClient.create(owner)
                .sql("SELECT id FROM dealer.user_account WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
    }
}
