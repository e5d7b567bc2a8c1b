package shinrai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The demo network's accounts, as the README lists them, and how tests sign in with them. */
public final class DemoAccounts {

    public static final String PASSWORD = "shinrai-demo";
    public static final String[] D001_STAFF = {
        "admin", "gm", "manager", "advisor", "technician", "foreman", "inspector", "cashier", "relations", "parts"
    };
    public static final String[] D002_STAFF = {"d2.admin", "d2.gm", "d2.advisor"};
    public static final String NETWORK_ANALYST = "network";
    public static final String OPERATIONS = "ops";

    /** For accounts a test hires: the demo password is only for demo accounts. */
    public static final String NEW_HIRE_PASSWORD = "first-day-at-work-7";

    private static final JsonMapper json = JsonMapper.builder().build();

    private DemoAccounts() {}

    /** A bearer token from the API, as an integrator would get one. */
    public static String tokenFor(MockMvcTester mvc, String username) {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")
                .exchange();
        assertThat(result).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsByteArray())
                .get("token")
                .asString();
    }

    public static String bearer(MockMvcTester mvc, String username) {
        return "Bearer " + tokenFor(mvc, username);
    }

    /** A JSON POST to the API as {@code username}, with a fresh token. */
    public static MvcTestResult post(MockMvcTester mvc, String uri, String username, String json) {
        return mvc.post()
                .uri(uri)
                .header("Authorization", bearer(mvc, username))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    /** A GET from the API as {@code username}, with a fresh token. */
    public static MvcTestResult get(MockMvcTester mvc, String uri, String username) {
        return mvc.get().uri(uri).header("Authorization", bearer(mvc, username)).exchange();
    }

    /** Signs in through the web form, as staff do, and returns the session to use for the next requests. */
    public static MockHttpSession signIn(MockMvcTester mvc, String username) {
        return signIn(mvc, username, PASSWORD);
    }

    /** Signs in an account a test hired, with the password it was given. */
    public static MockHttpSession signIn(MockMvcTester mvc, String username, String password) {
        MvcTestResult result = mvc.perform(formLogin().user(username).password(password));
        assertThat(result).as("%s signs in", username).hasRedirectedUrl("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
