package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static shinrai.DemoAccounts.signIn;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;

/** What every page shares: the browser's icon and a menu that points at the one page you are on. */
@ApplicationTest
class ShellTest {

    private static final Pattern MENU_LINK = Pattern.compile("<a [^>]*class=\"([^\"]*)\"[^>]*data-nav=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Test
    void theBrowserFindsTheIconAtTheAddressItAsksForWithoutSigningIn() {
        MvcTestResult icon = mvc.get().uri("/favicon.ico").exchange();
        assertThat(icon).hasStatusOk().hasContentTypeCompatibleWith("image/x-icon");
        byte[] bytes = icon.getResponse().getContentAsByteArray();
        assertThat(bytes).as("an icon file's header: reserved 0, type 1").startsWith(0, 0, 1, 0);

        assertThat(mvc.get().uri("/images/favicon.svg").exchange())
                .hasStatusOk()
                .hasContentTypeCompatibleWith("image/svg+xml");
        assertThat(mvc.get().uri("/login").exchange())
                .bodyText()
                .contains("rel=\"icon\" href=\"/favicon.ico\"")
                .containsPattern("href=\"/images/favicon-[0-9a-f]{32}\\.svg\"");
    }

    @Test
    void theMenuHighlightsOnlyTheEntryThatBestMatchesThePage() throws Exception {
        MockHttpSession manager = signIn(mvc, "manager");
        Map<String, String> expected = Map.of(
                "/appointments", "/appointments",
                "/appointments/settings", "/appointments/settings",
                "/appointments/preparation", "/appointments/preparation",
                "/customers?q=%E7%8E%8B", "/customers",
                "/customers/imports", "/customers/imports",
                "/customers/new", "/customers/new",
                "/messages", "/messages",
                "/vehicles/models", "/vehicles/models");
        for (var page : expected.entrySet()) {
            String html = mvc.get()
                    .uri(page.getKey())
                    .session(manager)
                    .exchange()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(highlighted(html))
                    .as("menu entries highlighted on %s", page.getKey())
                    .containsExactly(page.getValue());
        }
    }

    private static List<String> highlighted(String html) {
        List<String> active = new java.util.ArrayList<>();
        Matcher link = MENU_LINK.matcher(html);
        while (link.find()) {
            if (List.of(link.group(1).split("\\s+")).contains("active")) {
                active.add(link.group(2));
            }
        }
        return active;
    }
}
