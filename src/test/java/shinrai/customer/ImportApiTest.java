package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;

/** Imports through the API: a bad mapping is a clear 400, refused lines come a page at a time. */
@ApplicationTest
class ImportApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aMappingThatIsNotJsonIsRefusedNamingTheField() {
        MvcTestResult refused = upload("客户姓名,手机号码\n甲,13755550000\n", "NAME=0");
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("mapping");
    }

    @Test
    void refusedLinesComeAPageAtATime() throws Exception {
        StringBuilder csv = new StringBuilder("客户姓名,手机号码\n");
        for (int i = 0; i < 7; i++) {
            csv.append("分页").append(i).append(",123\n"); // every line has a bad mobile
        }
        MvcTestResult accepted = upload(csv.toString(), "{\"0\":\"NAME\",\"1\":\"MOBILE\"}");
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

        MvcTestResult first = mvc.get()
                .uri(location + "/errors?limit=5")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();
        assertThat(first)
                .bodyJson()
                .extractingPath("$.refusals.length()")
                .asNumber()
                .isEqualTo(5);
        assertThat(first)
                .bodyJson()
                .extractingPath("$.nextAfterLine")
                .asNumber()
                .isEqualTo(6);
        MvcTestResult second = mvc.get()
                .uri(location + "/errors?limit=5&afterLine=6")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();
        assertThat(second)
                .bodyJson()
                .extractingPath("$.refusals[*].line")
                .asArray()
                .containsExactly(7, 8);
        assertThat(second).bodyJson().doesNotHavePath("$.nextAfterLine");
    }

    @Test
    void aMissingRecordIsNamedInTheReadersLanguage() {
        String bearer = DemoAccounts.bearer(mvc, "advisor");
        assertThat(mvc.get()
                        .uri("/api/v1/customers/987654321")
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchange())
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("客户（编号 987654321）不存在。");
        assertThat(mvc.get()
                        .uri("/api/v1/vehicles/987654321")
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .exchange())
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("There is no vehicle with number 987654321.");
    }

    private MvcTestResult upload(String csv, String mapping) {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/api/v1/imports")
                .file(new MockMultipartFile("file", "api.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("mapping", mapping)
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "relations")));
    }
}
