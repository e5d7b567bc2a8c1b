package shinrai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API as a demo account calls it, through MockMvc: a token fetched once per account, JSON in and out, in
 * the language asked for (Chinese unless told). The one client API tests share.
 */
public final class ApiClient {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final MockMvcTester mvc;
    private final Map<String, String> bearers = new HashMap<>();
    private final Locale language;

    public ApiClient(MockMvcTester mvc) {
        this(mvc, Locale.SIMPLIFIED_CHINESE, new HashMap<>());
    }

    private ApiClient(MockMvcTester mvc, Locale language, Map<String, String> bearers) {
        this.mvc = mvc;
        this.language = language;
        this.bearers.putAll(bearers);
    }

    /** The same client asking for answers in English. */
    public ApiClient inEnglish() {
        return new ApiClient(mvc, Locale.ENGLISH, bearers);
    }

    public MvcTestResult get(String username, String uri) {
        return signed(mvc.get(), username, uri).exchange();
    }

    public MvcTestResult post(String username, String uri, String body) {
        return signed(mvc.post(), username, uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult put(String username, String uri, String body) {
        return signed(mvc.put(), username, uri)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    public MvcTestResult delete(String username, String uri) {
        return signed(mvc.delete(), username, uri).exchange();
    }

    /** A file posted as a multipart part (named by the file), as a tablet app uploads a photo. */
    public MvcTestResult upload(String username, String uri, org.springframework.mock.web.MockMultipartFile file) {
        return mvc.post()
                .multipart()
                .file(file)
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer(username))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language.toLanguageTag())
                .exchange();
    }

    /** The request to {@code uri} with the account's token and the language asked for. */
    private MockMvcTester.MockMvcRequestBuilder signed(
            MockMvcTester.MockMvcRequestBuilder request, String username, String uri) {
        return request.uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer(username))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language.toLanguageTag());
    }

    /** A successful answer's body as JSON; fails the test with the answer if it was not a success. */
    public static JsonNode ok(MvcTestResult result) {
        assertThat(result.getResponse().getStatus())
                .as(
                        "answer %s",
                        new String(
                                result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .isBetween(200, 299);
        return body(result);
    }

    public static JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private String bearer(String username) {
        return bearers.computeIfAbsent(username, name -> DemoAccounts.bearer(mvc, name));
    }
}
