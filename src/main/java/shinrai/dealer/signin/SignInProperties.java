package shinrai.dealer.signin;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in policy.
 *
 * @param maxFailures consecutive wrong passwords that lock an account
 * @param lockDuration how long the lock lasts
 * @param tokenSecret HMAC key for API tokens ({@code SHINRAI_TOKEN_SECRET}, 32+ bytes); when unset, a random key
 *     is generated once and kept in the data folder. Every instance of a cluster needs the same secret.
 * @param tokenLifetime how long an API token is valid
 */
@ConfigurationProperties("shinrai.sign-in")
public record SignInProperties(
        int maxFailures, Duration lockDuration, @Nullable String tokenSecret, Duration tokenLifetime) {

    public SignInProperties {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (tokenLifetime == null) {
            tokenLifetime = Duration.ofHours(8);
        }
    }
}
