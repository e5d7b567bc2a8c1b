package shinrai.dealer.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Tokens whose signature and claims were verified lately, believed again for {@link #BELIEVED} (never past their
 * expiry) without the HMAC and the claim parsing: an integrator sends the same token with every call. What a token
 * says stays true while it is believed: it is signed. Whether the account behind it may still use it is not
 * cached here; {@link AccessTokens#authenticate} checks that on every request.
 */
final class VerifiedTokens {

    static final Duration BELIEVED = Duration.ofMinutes(1);

    /** A busy instance serves a few thousand integrators' tokens; beyond this it starts afresh. */
    private static final int MAX_BELIEVED = 10_000;

    private record Believed(Jwt jwt, Instant until) {}

    private final Map<String, Believed> believed = new ConcurrentHashMap<>();

    Jwt decode(String token, JwtDecoder verifying, Instant now) {
        Believed known = believed.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.jwt();
        }
        Jwt jwt = verifying.decode(token);
        Instant until = now.plus(BELIEVED);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (believed.size() >= MAX_BELIEVED) {
            believed.clear();
        }
        believed.put(token, new Believed(jwt, until));
        return jwt;
    }
}
