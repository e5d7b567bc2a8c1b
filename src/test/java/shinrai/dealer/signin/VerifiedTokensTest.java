package shinrai.dealer.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token verified once is believed for a minute without checking its signature again, never past its expiry. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens tokens = new VerifiedTokens();

    @Test
    void aTokenIsVerifiedOnceAMinute() {
        JwtDecoder verifying = verifyingUntil(NOW.plusSeconds(3600));

        tokens.decode("t", verifying, NOW);
        tokens.decode("t", verifying, NOW.plusSeconds(59));
        assertThat(verifications).hasValue(1);

        tokens.decode("t", verifying, NOW.plusSeconds(60));
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenAboutToExpireIsVerifiedAgainOnceItHas() {
        JwtDecoder verifying = verifyingUntil(NOW.plusSeconds(10));

        tokens.decode("t", verifying, NOW);
        tokens.decode("t", verifying, NOW.plusSeconds(9));
        assertThat(verifications).hasValue(1);

        // past its expiry the token goes back to the real decoder, which refuses it
        tokens.decode("t", verifying, NOW.plusSeconds(10));
        assertThat(verifications).hasValue(2);
    }

    private JwtDecoder verifyingUntil(Instant expiry) {
        return token -> {
            verifications.incrementAndGet();
            return Jwt.withTokenValue(token)
                    .header("alg", "HS256")
                    .subject("advisor")
                    .issuedAt(NOW.minusSeconds(1))
                    .expiresAt(expiry)
                    .build();
        };
    }
}
