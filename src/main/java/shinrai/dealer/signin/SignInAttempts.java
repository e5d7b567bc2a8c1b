package shinrai.dealer.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import shinrai.dealer.StaffPrincipal;
import shinrai.dealer.StaffSignInFailed;
import shinrai.dealer.StaffSignInFailed.Reason;
import shinrai.dealer.StaffSignedIn;

/**
 * Counts wrong passwords and locks the account that reaches the limit; a good password resets the count. Then
 * tells the rest of the application (the audit log) what happened.
 */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final AccountCache cache;
    private final SignInProperties properties;
    private final ApplicationEventPublisher events;

    SignInAttempts(JdbcClient jdbc, SignInProperties properties, ApplicationEventPublisher events, AccountCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.properties = properties;
        this.events = events;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // Bearer-token requests authenticate on every call; only a password proves a sign-in.
        Authentication authentication = event.getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            jdbc.sql("SELECT dealer.record_successful_sign_in(:id)")
                    .param("id", staff.id())
                    .query()
                    .singleRow();
            events.publishEvent(
                    new StaffSignedIn(staff.id(), staff.username(), staff.dealerId(), clientIp(authentication)));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String username = attempt.getName();
        Reason reason = reasonFor(event.getException());
        Long userId = null;
        Long dealerId = null;
        if (reason == Reason.BAD_CREDENTIALS) {
            var counted = jdbc.sql("SELECT * FROM dealer.record_failed_sign_in(:username, :max, :minutes)")
                    .param("username", username)
                    .param("max", properties.maxFailures())
                    .param("minutes", (int) properties.lockDuration().toMinutes())
                    .query()
                    .listOfRows();
            if (!counted.isEmpty()) {
                var row = counted.get(0);
                userId = (Long) row.get("user_id");
                if (userId != null) {
                    cache.forgetAfterCommit(userId); // a lock-out ends the account's tokens and sessions
                }
                dealerId = (Long) row.get("dealer_id");
                if (Boolean.TRUE.equals(row.get("locked"))) {
                    reason = Reason.LOCKED_NOW;
                }
            }
        } else {
            var account = jdbc.sql("SELECT id, dealer_id FROM dealer.find_sign_in_account(:username)")
                    .param("username", username)
                    .query()
                    .listOfRows();
            if (!account.isEmpty()) {
                userId = (Long) account.get(0).get("id");
                dealerId = (Long) account.get(0).get("dealer_id");
            }
        }
        events.publishEvent(new StaffSignInFailed(username, userId, dealerId, reason, clientIp(attempt)));
    }

    private static Reason reasonFor(Exception exception) {
        if (exception instanceof LockedException) {
            return Reason.ACCOUNT_LOCKED;
        }
        if (exception instanceof DisabledException) {
            return Reason.ACCOUNT_DISABLED;
        }
        return Reason.BAD_CREDENTIALS;
    }

    private static @Nullable String clientIp(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
