package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Links sent to customers start with the address customers reach: the configured one, checked at start, or the
 * request's when none is configured, which a store's installation is warned about.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTest {

    static final String WARNING = "SHINRAI_PUBLIC_BASE_URL) is not set";

    @AfterEach
    void noRequestLeftBehind() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aConfiguredAddressBeginsEveryLinkWhateverAddressTheRequestCameInOn() {
        behindTheProxy();
        assertThat(new PublicAddress("https://service.example.com", true).baseUrl())
                .isEqualTo("https://service.example.com");
        assertThat(new PublicAddress("  https://dealer.example:8443/shinrai/  ", true).baseUrl())
                .as("under a path of the proxy, without the trailing slash")
                .isEqualTo("https://dealer.example:8443/shinrai");
        assertThat(new PublicAddress("HTTP://192.168.1.20:8080", true).baseUrl())
                .isEqualTo("HTTP://192.168.1.20:8080");
    }

    @Test
    void anAddressThatCannotBeginALinkStopsTheStartSayingWhy() {
        for (String wrong : new String[] {
            "service.example.com",
            "/shinrai",
            "ftp://service.example.com",
            "https://service.example.com/?from=sms",
            "https://service.example.com/#top",
            "https://admin:secret@service.example.com",
            "https://",
            "https://exa mple.com"
        }) {
            assertThatThrownBy(() -> new PublicAddress(wrong, true))
                    .as(wrong)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SHINRAI_PUBLIC_BASE_URL")
                    .hasMessageContaining(wrong.strip());
        }
    }

    @Test
    void unsetTheLinksCarryTheRequestsAddressAndAStoreIsWarnedOnceAtStart(CapturedOutput output) {
        PublicAddress store = new PublicAddress("", true);
        behindTheProxy();
        assertThat(store.baseUrl()).isEqualTo("http://10.0.0.5:8080");
        assertThat(store.baseUrl()).isEqualTo("http://10.0.0.5:8080");
        assertThat(store.configured()).isFalse();
        assertThat(output.getAll().split(java.util.regex.Pattern.quote(WARNING), -1))
                .as("one warning, at start")
                .hasSize(2);
    }

    @Test
    void theDemoIsNotWarned(CapturedOutput output) {
        new PublicAddress("", false);
        assertThat(output.getAll()).doesNotContain(WARNING);
    }

    /** A request as a reverse proxy forwards it: to the server's internal address. */
    private static void behindTheProxy() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/repair-orders/1");
        request.setScheme("http");
        request.setServerName("10.0.0.5");
        request.setServerPort(8080);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
