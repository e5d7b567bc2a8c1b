package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files are linked under a name that changes with their content, so browsers keep them a year and ask once;
 * pages and files go compressed; links that are not static files are left exactly as written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFilesTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/shinrai-[0-9a-f]{32}\\.css)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theStylesheetIsLinkedByItsContentAndKeptForAYear() throws Exception {
        HttpResponse<String> page = get("/login", false);
        Matcher link = STYLESHEET.matcher(page.body());
        assertThat(link.find())
                .as("a content-hashed stylesheet link in %s", page.body())
                .isTrue();
        assertThat(page.body())
                .contains("/webjars/htmx.org/2.")
                .as("a link that is not a static file is left as written")
                .contains("action=\"/login\"");

        HttpResponse<String> stylesheet = get(link.group(1), false);
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000", "public"));
    }

    @Test
    void onlyStaticLinksAskTheResourceChainForTheirAddress(@Autowired List<FilterRegistrationBean<?>> registrations) {
        // Spring's own filter would ask it about every link of a page: in the packaged jar, a jar lookup each
        assertThat(registrations)
                .map(FilterRegistrationBean::getFilter)
                .filteredOn(filter -> filter instanceof ResourceUrlEncodingFilter)
                .singleElement()
                .isInstanceOf(StaticResourceLinks.class);
    }

    @Test
    void pagesAndFilesGoCompressedToBrowsersThatAcceptIt() throws Exception {
        assertThat(get("/login", true).headers().firstValue("Content-Encoding")).hasValue("gzip");
        Matcher link = STYLESHEET.matcher(get("/login", false).body());
        assertThat(link.find()).isTrue();
        assertThat(get(link.group(1), true).headers().firstValue("Content-Encoding"))
                .hasValue("gzip");
    }

    private HttpResponse<String> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
