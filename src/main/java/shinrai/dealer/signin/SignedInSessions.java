package shinrai.dealer.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import shinrai.dealer.StaffPrincipal;

/**
 * Whether a signed-in principal is still honoured: its account may sign in and has the access version the
 * principal began with. The database moves an account's version on a new password, other roles, disabling and a
 * lock-out (see {@code dealer.move_access_version}), so any of them ends the account's sessions and tokens.
 */
@Component
public class SignedInSessions {

    private final JdbcClient jdbc;
    private final AccountCache cache;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInSessions(JdbcClient jdbc, AccountCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * Remembered for a short while, and forgotten as soon as the account changes (see {@link AccountCache});
     * otherwise one primary-key lookup, by id, since no dealer scope applies before the request is let through.
     */
    boolean stillHonoured(StaffPrincipal staff) {
        return cache.accessVersion(staff.id(), this::currentAccessVersion)
                .filter(current -> current == staff.accessVersion())
                .isPresent();
    }

    private Optional<Long> currentAccessVersion(long accountId) {
        return jdbc.sql("SELECT dealer.access_version(:id)")
                .param("id", accountId)
                .query(Long.class)
                .optional();
    }

    /**
     * After someone changed their own password, every other session of theirs ends, but the one they did it in
     * carries on: it now holds the new version, under a new session id.
     */
    public void keepCurrentSession(
            StaffPrincipal staff, long newAccessVersion, HttpServletRequest request, HttpServletResponse response) {
        StaffPrincipal renewed = staff.withAccessVersion(newAccessVersion);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessions.saveContext(context, request, response);
    }
}
