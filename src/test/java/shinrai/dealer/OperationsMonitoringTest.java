package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static shinrai.DemoAccounts.bearer;
import static shinrai.DemoAccounts.signIn;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;

/**
 * Metrics and health details describe the whole installation, every dealer at once: only operations staff see
 * them, and operations staff see no dealer's customers.
 */
@ApplicationTest
class OperationsMonitoringTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void metricsAreForOperationsStaffOnlyNotForADealerAdminOrAManager() {
        for (String username : new String[] {"admin", "manager", "advisor", DemoAccounts.NETWORK_ANALYST}) {
            assertThat(mvc.get()
                            .uri("/actuator/prometheus")
                            .header(HttpHeaders.AUTHORIZATION, bearer(mvc, username))
                            .exchange())
                    .as(username)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .header(HttpHeaders.AUTHORIZATION, bearer(mvc, DemoAccounts.OPERATIONS))
                        .exchange())
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .header(HttpHeaders.AUTHORIZATION, basic(DemoAccounts.OPERATIONS))
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void healthDetailsAreForOperationsStaffOnly() {
        assertThat(mvc.get()
                        .uri("/actuator/health")
                        .header(HttpHeaders.AUTHORIZATION, basic("admin"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("components");
        assertThat(mvc.get()
                        .uri("/actuator/health")
                        .header(HttpHeaders.AUTHORIZATION, basic(DemoAccounts.OPERATIONS))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("components", "db");
    }

    @Test
    void operationsStaffReadNoCustomers() {
        assertThat(mvc.get()
                        .uri("/customers?q=张")
                        .session(signIn(mvc, DemoAccounts.OPERATIONS))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/api/v1/customers?q=张")
                        .header(HttpHeaders.AUTHORIZATION, bearer(mvc, DemoAccounts.OPERATIONS))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((username + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
