package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ShinraiApplication;

/**
 * A real store starting without the demo, over real HTTP as a browser on the shop's LAN meets it: an empty store
 * with the one dealer admin {@code SHINRAI_ADMIN_PASSWORD} asked for, no demo banner, and a session cookie that
 * is {@code Secure} only when the request came over HTTPS.
 */
class FirstStartTest {

    static final String ADMIN_PASSWORD = "our-own-store-2026";

    @TempDir
    Path dataDir;

    @Test
    void withoutTheDemoTheStoreStartsEmptyWithItsFirstAdminWhoSignsInOverPlainHttp() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShinraiApplication.class)
                .run(
                        "--server.port=0",
                        "--shinrai.db.data-dir=" + dataDir,
                        "--shinrai.demo=false",
                        "--shinrai.first-start.admin-password=" + ADMIN_PASSWORD,
                        "--shinrai.first-start.dealer-name=信赖测试门店")) {
            JdbcClient owner = JdbcClient.create(app.getBean("schemaOwnerDataSource", DataSource.class));
            assertThat(owner.sql("SELECT username FROM dealer.user_account")
                            .query(String.class)
                            .list())
                    .containsExactly("admin");
            assertThat(owner.sql("SELECT name FROM dealer.dealer")
                            .query(String.class)
                            .list())
                    .containsExactly("信赖测试门店");
            assertThat(owner.sql("SELECT count(*) FROM customer.customer")
                            .query(Long.class)
                            .single())
                    .isZero();

            String base = "http://127.0.0.1:"
                    + ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
                    .as("plain HTTP: a Secure cookie would never come back")
                    .startsWith("SHINRAI_SESSION=")
                    .doesNotContainIgnoringCase("secure");
            assertThat(page.body()).doesNotContain("demo-banner");

            HttpResponse<String> signedIn = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                                    + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                    + csrfToken(page.body())))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
            HttpResponse<String> home = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("信赖测试门店").doesNotContain("demo-banner");

            HttpResponse<String> behindTls = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/login"))
                                    .header("X-Forwarded-Proto", "https")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(behindTls.headers().firstValue("Set-Cookie").orElseThrow())
                    .as("a proxy on this machine says the browser used HTTPS")
                    .containsIgnoringCase("secure");
        }
    }

    private static String csrfToken(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        return token.group(1);
    }
}
