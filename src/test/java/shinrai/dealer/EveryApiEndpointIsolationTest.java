package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.database.SchemaOwner;

/**
 * Every GET endpoint of the API, found in Spring MVC's own mappings, called with D002 tokens: no answer may carry a
 * trace of D001. Path variables are filled with D001's ids, the way an intruder would guess them. Endpoints added
 * by later modules are covered without touching this test.
 */
@ApplicationTest
class EveryApiEndpointIsolationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void noApiEndpointShowsD001DataToD002() throws Exception {
        List<String> d001Ids = JdbcClient.create(owner)
                .sql("SELECT id::text FROM dealer.user_account WHERE dealer_id = 1 UNION SELECT '1'")
                .query(String.class)
                .list();
        Set<String> d001Traces = d001Traces();
        List<String> endpoints = apiGetEndpoints();
        assertThat(endpoints).contains("/api/v1/me", "/api/v1/dealers", "/api/v1/staff", "/api/v1/staff/{id}");

        for (String user : DemoAccounts.D002_STAFF) {
            String bearer = DemoAccounts.bearer(mvc, user);
            for (String endpoint : endpoints) {
                for (String uri : concrete(endpoint, d001Ids)) {
                    String body = mvc.get()
                            .uri(uri)
                            .header(HttpHeaders.AUTHORIZATION, bearer)
                            .exchange()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                    assertThat(d001Traces)
                            .as("%s GET %s", user, uri)
                            .allSatisfy(trace -> assertThat(body).doesNotContain(trace));
                }
            }
        }
    }

    /** Things only D001's rows contain: its name, its staff's names and usernames. */
    Set<String> d001Traces() {
        JdbcClient sql = JdbcClient.create(owner);
        Set<String> traces = new java.util.HashSet<>(
                // a username as a JSON value (a D002 bill has the key "advisor" and "parts" of its own)
                sql.sql("SELECT ':\"' || username || '\"' FROM dealer.user_account WHERE dealer_id = 1"
                                + " UNION SELECT '[\"' || username || '\"' FROM dealer.user_account WHERE dealer_id = 1"
                                + " UNION SELECT display_name FROM dealer.user_account WHERE dealer_id = 1"
                                + " UNION SELECT name FROM dealer.dealer WHERE id = 1")
                        .query(String.class)
                        .list());
        traces.add(":\"D001\"");
        return traces;
    }

    List<String> apiGetEndpoints() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> pattern.startsWith("/api/v1/") && !pattern.startsWith("/api/v1/test-only"))
                .sorted()
                .toList();
    }

    static List<String> concrete(String pattern, List<String> ids) {
        if (!pattern.contains("{")) {
            return List.of(pattern);
        }
        return ids.stream().map(id -> pattern.replaceAll("\\{[^}]+}", id)).toList();
    }
}
