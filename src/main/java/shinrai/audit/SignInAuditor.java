package shinrai.audit;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.dealer.StaffSignInFailed;
import shinrai.dealer.StaffSignedIn;

/**
 * Records every sign-in and every refused one. Listens synchronously: a sign-in is not complete until it is on
 * the record. Goes through a database function because no dealer scope exists yet at sign-in time.
 */
@Component
class SignInAuditor {

    private final JdbcClient jdbc;

    SignInAuditor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(StaffSignedIn signedIn) {
        append(signedIn.dealerId(), signedIn.userId(), signedIn.username(), "SIGN_IN", null, signedIn.clientIp());
    }

    @EventListener
    void on(StaffSignInFailed failed) {
        append(
                failed.dealerId(),
                failed.userId(),
                failed.username(),
                "SIGN_IN_FAILED",
                failed.reason().name(),
                failed.clientIp());
    }

    private void append(Long dealerId, Long userId, String username, String action, String reason, String clientIp) {
        jdbc.sql("SELECT audit.record_sign_in(:dealer, :user, :username, :action, :reason, :ip)")
                .param("dealer", dealerId, java.sql.Types.BIGINT)
                .param("user", userId, java.sql.Types.BIGINT)
                .param("username", truncate(username), java.sql.Types.VARCHAR)
                .param("action", action)
                .param("reason", reason, java.sql.Types.VARCHAR)
                .param("ip", clientIp, java.sql.Types.VARCHAR)
                .query()
                .singleRow();
    }

    /** An attacker controls the username typed; keep what we store of it bounded. */
    private static String truncate(String username) {
        return username.length() > 60 ? username.substring(0, 60) : username;
    }
}
