package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;

/** The REST API's promises: tokens, who am I, problem details in the caller's language, an OpenAPI document. */
@ApplicationTest
class ApiContractTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aPasswordBuysASignedTokenThatExpiresAfterAShift() {
        MvcTestResult result = token("advisor", DemoAccounts.PASSWORD, null);
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.tokenType").isEqualTo("Bearer");
        assertThat(result).bodyJson().extractingPath("$.token").asString().matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.expiresAt")
                .asString()
                .satisfies(expiresAt -> assertThat(Instant.parse(expiresAt))
                        .isBetween(
                                Instant.now().plus(Duration.ofHours(7)),
                                Instant.now().plus(Duration.ofHours(9))));
    }

    @Test
    void meNamesTheUserTheirDealerAndRoles() {
        MvcTestResult me = mvc.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "advisor"))
                .exchange();
        assertThat(me).hasStatusOk();
        assertThat(me).bodyJson().extractingPath("$.username").isEqualTo("advisor");
        assertThat(me).bodyJson().extractingPath("$.dealer.name").isEqualTo("信赖丰田4S店（上海浦东）");
        assertThat(me).bodyJson().extractingPath("$.roles").asArray().containsExactly("SERVICE_ADVISOR");
        assertThat(me).bodyJson().extractingPath("$.permissions").asArray().contains("APPOINTMENT_BOOK");
    }

    @Test
    void aNetworkAnalystHasNoDealer() {
        MvcTestResult me = mvc.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "network"))
                .exchange();
        assertThat(me).bodyJson().extractingPath("$.network.name").isEqualTo("信赖汽车销售服务网络（演示）");
        assertThat(me).bodyJson().doesNotHavePath("$.dealer");
    }

    @Test
    void aWrongPasswordIsAProblemInChineseByDefault() {
        MvcTestResult refused = token("advisor", "wrong-password", null);
        assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("用户名或密码错误。");
        assertThat(refused).bodyJson().extractingPath("$.status").asNumber().isEqualTo(401);
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() {
        assertThat(token("advisor", "wrong-password", "en"))
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Wrong username or password.");
    }

    @Test
    void validationFailuresNameEachField() {
        MvcTestResult invalid = token("", "", "en");
        assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(invalid)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("username", "password");
        assertThat(invalid)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .isNotBlank();
    }

    @Test
    void malformedJsonIsAProblemToo() {
        MvcTestResult malformed = mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{not json")
                .exchange();
        assertThat(malformed).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(malformed).bodyJson().extractingPath("$.detail").isEqualTo("提交的数据有误，请检查标出的字段。");
        assertThat(malformed)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .startsWith("JSON 格式错误（第 1 行");
    }

    @Test
    void noTokenMeansUnauthorized() {
        MvcTestResult anonymous = mvc.get().uri("/api/v1/me").exchange();
        assertThat(anonymous).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous).headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void aTamperedTokenIsRejected() {
        String token = DemoAccounts.tokenFor(mvc, "advisor");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tampered)
                        .exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aRoleWithoutThePermissionIsForbidden() {
        MvcTestResult forbidden = mvc.get()
                .uri("/api/v1/staff")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "advisor"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange();
        assertThat(forbidden).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(forbidden).bodyJson().extractingPath("$.detail").isEqualTo("Your role does not allow this.");
    }

    @Test
    void anUnexpectedErrorNeverLeaksItsMessage() {
        MvcTestResult failed = mvc.get()
                .uri("/api/v1/test-only/explode")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "advisor"))
                .exchange();
        assertThat(failed)
                .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(failed).bodyText().doesNotContain(ExplodingApi.SECRET, "IllegalStateException", "at shinrai");
        assertThat(failed).bodyJson().extractingPath("$.errorId").asString().isNotBlank();
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        MvcTestResult document = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(document).hasStatusOk();
        assertThat(document).bodyText().contains("/api/v1/auth/token", "/api/v1/me", "bearer");
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
    }

    @Test
    void healthIsPublicAndMetricsAreNot() {
        assertThat(mvc.get().uri("/actuator/health").exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, DemoAccounts.OPERATIONS))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("jvm_memory_used_bytes");
    }

    private MvcTestResult token(String username, String password, String language) {
        var request = mvc.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (language != null) {
            request = request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.exchange();
    }
}
