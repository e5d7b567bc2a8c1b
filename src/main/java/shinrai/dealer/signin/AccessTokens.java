package shinrai.dealer.signin;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import shinrai.dealer.StaffPrincipal;

/**
 * Signed, expiring bearer tokens for the REST API (HMAC-SHA256 JWTs). A token names its staff member and the
 * account's access version when it was issued; each request loads that account afresh and refuses the token once
 * the version has moved on (new password, other roles, disabled, locked), so revocation takes effect at once.
 */
@Component
public class AccessTokens {

    private static final String ISSUER = "shinrai";
    private static final String ACCESS_VERSION = "ver";

    /** Servers of a cluster may disagree on the time by this much. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final SecretKey key;
    private final SignInProperties properties;
    private final SignInAccounts accounts;
    private final AccountCache cache;
    private final Clock clock;
    private final VerifiedTokens verified = new VerifiedTokens();

    AccessTokens(
            SignInProperties properties,
            InstallationSecret secret,
            SignInAccounts accounts,
            AccountCache cache,
            Clock clock) {
        this.key = new SecretKeySpec(secret.bytes(), "HmacSHA256");
        this.properties = properties;
        this.accounts = accounts;
        this.cache = cache;
        this.clock = clock;
    }

    /** A token for someone who has just proved their password. */
    public IssuedToken issue(StaffPrincipal staff) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenLifetime());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(staff.username())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("uid", staff.id())
                .claim(ACCESS_VERSION, staff.accessVersion())
                .build();
        return new IssuedToken(signed(claims), expiresAt);
    }

    /** Signs any claims with the installation's key (tests use it to forge tokens that only the checks refuse). */
    String signed(JwtClaimsSet claims) {
        var encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    /**
     * Only our own tokens: signed with our key, issued by us, and expiring (a token without {@code exp} never would).
     * A token once verified is believed for a short while without checking its signature again (see {@link
     * VerifiedTokens}); the account behind it is still checked on every request.
     */
    JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(ISSUER)));
        return token -> verified.decode(token, decoder, clock.instant());
    }

    /** Turns a verified token back into the staff member, refusing accounts disabled or locked since. */
    UsernamePasswordAuthenticationToken authenticate(Jwt jwt) {
        StaffPrincipal staff = cache.account(jwt.getSubject(), accounts::find)
                .filter(found -> String.valueOf(found.id())
                        .equals(String.valueOf(jwt.getClaims().get("uid"))))
                .orElseThrow(() -> new InvalidBearerTokenException("unknown account"));
        if (!(jwt.getClaims().get(ACCESS_VERSION) instanceof Number issuedAt)
                || issuedAt.longValue() != staff.accessVersion()) {
            throw new InvalidBearerTokenException("token issued before the account changed");
        }
        if (!staff.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        if (!staff.isAccountNonLocked()) {
            throw new LockedException("account locked");
        }
        staff.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());
    }

    /** A token and the moment it stops working. */
    public record IssuedToken(String token, Instant expiresAt) {}
}
