package shinrai.dealer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import shinrai.dealer.signin.InstallationSecret;

/**
 * Signs and checks the links Shinrai sends to customers ({@code /p/progress/{token}}): pages a customer opens on
 * their phone without an account. The token names the dealer, the record, the purpose and the expiry in plain text
 * (nothing in it is personal), followed by an HMAC-SHA256 over that text under a key derived from the installation's
 * secret for links alone. Nothing is stored per link: a link is revoked by its expiry, and a page decides from the
 * record's own state whether an answer was already given.
 *
 * <p>The signature is the first 16 bytes of the HMAC (128 bits, as RFC 2104 allows): the link goes out by SMS, where
 * every character counts, and guessing 128 bits is as hopeless as guessing 256.
 */
@Component
public class PublicLinks {

    /** Tokens are short; anything longer is refused before it is decoded. */
    static final int LONGEST_TOKEN = 300;

    private static final String VERSION = "1";
    private static final int SIGNATURE_BYTES = 16;
    private static final Pattern FIELDS =
            Pattern.compile("1~\\d{1,18}~[A-Z_]{1,40}~\\d{1,18}~\\d{1,12}~\\d{0,18}~(\\d{1,9}(,\\d{1,9}){0,99})?");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKey key;
    private final Clock clock;

    @Autowired
    PublicLinks(InstallationSecret secret, Clock clock) {
        this(secret.derivedKey("shinrai public links v1"), clock);
    }

    PublicLinks(SecretKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** The token for the link, to put after the page's path. */
    public String issue(PublicLink link) {
        String payload = String.join(
                "~",
                VERSION,
                Long.toString(link.dealerId()),
                link.purpose().name(),
                Long.toString(link.subject()),
                Long.toString(link.expiresAt().getEpochSecond()),
                link.issuedBy() == null ? "" : link.issuedBy().toString(),
                link.items().stream().map(String::valueOf).collect(Collectors.joining(",")));
        byte[] text = payload.getBytes(StandardCharsets.US_ASCII);
        return ENCODER.encodeToString(text) + "." + ENCODER.encodeToString(signature(text));
    }

    /**
     * The link a token stands for, if it is ours, unaltered, for this purpose and not expired.
     *
     * @throws PublicLinkRefused otherwise: {@code INVALID} for anything but a genuine link past its time
     */
    public PublicLink verify(@Nullable String token, PublicLink.Purpose purpose) {
        PublicLink link = read(token);
        if (link.purpose() != purpose) {
            throw new PublicLinkRefused(PublicLinkRefused.Reason.INVALID);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new PublicLinkRefused(PublicLinkRefused.Reason.EXPIRED);
        }
        return link;
    }

    private PublicLink read(@Nullable String token) {
        if (token == null || token.length() > LONGEST_TOKEN) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] text;
        byte[] given;
        try {
            text = DECODER.decode(token.substring(0, dot));
            given = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        // compared in constant time, so the answer's timing tells nothing about how much of a forgery was right
        if (!MessageDigest.isEqual(signature(text), given)) {
            throw invalid();
        }
        String payload = new String(text, StandardCharsets.US_ASCII);
        if (!FIELDS.matcher(payload).matches()) {
            throw invalid();
        }
        String[] fields = payload.split("~", -1);
        PublicLink.Purpose purpose = Arrays.stream(PublicLink.Purpose.values())
                .filter(each -> each.name().equals(fields[2]))
                .findFirst()
                .orElseThrow(PublicLinks::invalid);
        List<Integer> items = new ArrayList<>();
        if (!fields[6].isEmpty()) {
            Arrays.stream(fields[6].split(",")).map(Integer::valueOf).forEach(items::add);
        }
        return new PublicLink(
                Long.parseLong(fields[1]),
                purpose,
                Long.parseLong(fields[3]),
                items,
                fields[5].isEmpty() ? null : Long.valueOf(fields[5]),
                Instant.ofEpochSecond(Long.parseLong(fields[4])));
    }

    private byte[] signature(byte[] text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(text), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static PublicLinkRefused invalid() {
        return new PublicLinkRefused(PublicLinkRefused.Reason.INVALID);
    }
}
