package shinrai.dealer.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.dealer.StaffPrincipal;

/**
 * A token signed with the right key is still refused when it could never expire, names another issuer, has
 * expired beyond a few seconds of clock skew, or predates the account's current access version.
 */
@ApplicationTest
class AccessTokensTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccessTokens tokens;

    @Autowired
    SignInAccounts accounts;

    @Test
    void aWellFormedTokenOfTheCurrentVersionIsAccepted() {
        assertThat(me(forged(claims -> claims))).hasStatusOk();
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertThat(me(forged(claims -> claims.claims(all -> all.remove("exp")))))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertThat(me(forged(claims -> claims.issuer("someone-else")))).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(me(forged(claims -> claims.claims(all -> all.remove("iss")))))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anExpiredTokenIsRefusedBeyondAFewSecondsOfClockSkew() {
        assertThat(me(forged(claims -> claims.expiresAt(Instant.now().minusSeconds(2)))))
                .as("within the skew")
                .hasStatusOk();
        assertThat(me(forged(claims -> claims.expiresAt(Instant.now().minus(Duration.ofSeconds(30))))))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenWithoutTheAccessVersionOrWithAnOldOneIsRefused() {
        assertThat(me(forged(claims -> claims.claims(all -> all.remove("ver")))))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        long current = advisor().accessVersion();
        assertThat(me(forged(claims -> claims.claim("ver", current - 1)))).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private String forged(UnaryOperator<JwtClaimsSet.Builder> change) {
        StaffPrincipal advisor = advisor();
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("shinrai")
                .subject(advisor.username())
                .issuedAt(now.minus(Duration.ofMinutes(2)))
                .expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim("uid", advisor.id())
                .claim("ver", advisor.accessVersion());
        return tokens.signed(change.apply(claims).build());
    }

    private StaffPrincipal advisor() {
        return accounts.find("advisor").orElseThrow();
    }

    private MvcTestResult me(String token) {
        return mvc.get()
                .uri("/api/v1/me")
                .header("Authorization", "Bearer " + token)
                .exchange();
    }
}
