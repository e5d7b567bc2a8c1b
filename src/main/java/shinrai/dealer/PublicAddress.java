package shinrai.dealer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import shinrai.database.DatabaseProperties;

/**
 * Where customers reach this server: every link sent to a customer (the progress page of their car, the approval of
 * supplements; {@link PublicLinks}) starts with it. Behind a reverse proxy the address a request came in on is the
 * proxy's internal one, which a customer's phone cannot open, so a store sets {@code shinrai.public-base-url}
 * ({@code SHINRAI_PUBLIC_BASE_URL}), checked at start: an absolute http or https address, with a path if the proxy
 * serves Shinrai under one, and no query. Unset, links carry the address of the request that makes them (a single
 * server customers reach directly), and a store's installation (not the demo) says so once at start.
 */
@Component
public class PublicAddress {

    static final String SETTING = "shinrai.public-base-url (SHINRAI_PUBLIC_BASE_URL)";

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final @Nullable String configured;

    @Autowired
    PublicAddress(
            @Value("${shinrai.public-base-url:}") String configured,
            DatabaseProperties database,
            @Value("${shinrai.demo:}") String demo) {
        this(configured, !DemoNetwork.seeds(database, demo));
    }

    /** @param store whether this is a store's own installation rather than the demo */
    PublicAddress(String configured, boolean store) {
        this.configured = configured.isBlank() ? null : checked(configured.strip());
        if (this.configured != null) {
            log.info("Links sent to customers start with {}", this.configured);
        } else if (store) {
            log.warn(
                    "{} is not set: links sent to customers (repair progress, supplement approval) will carry the"
                            + " address each request came in on. Behind a reverse proxy that is an internal address"
                            + " customers cannot open; set it to the address customers reach, such as"
                            + " https://service.example.com",
                    SETTING);
        }
    }

    /**
     * The address links to customers start with, without a trailing slash: the configured one, or the address of the
     * current request when none is configured.
     */
    public String baseUrl() {
        if (configured != null) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /** Whether the address is configured rather than taken from each request. */
    public boolean configured() {
        return configured != null;
    }

    static String checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAnAddress) {
            throw refused(url, "it is not an address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw refused(url, "it must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused(url, "it names no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused(url, "it may not carry a query or a fragment");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(url, "it may not carry a user name or password");
        }
        String address = uri.toString();
        while (address.endsWith("/")) {
            address = address.substring(0, address.length() - 1);
        }
        return address;
    }

    private static IllegalStateException refused(String url, String why) {
        return new IllegalStateException(SETTING + " is '" + url + "', which cannot begin the links sent to customers: "
                + why + " (for example https://service.example.com)");
    }
}
