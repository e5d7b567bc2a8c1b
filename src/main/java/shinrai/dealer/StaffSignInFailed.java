package shinrai.dealer;

import org.jspecify.annotations.Nullable;

/**
 * A sign-in was refused. {@code userId} and {@code dealerId} are {@code null} when the username matches nobody.
 */
public record StaffSignInFailed(
        String username,
        @Nullable Long userId,
        @Nullable Long dealerId,
        Reason reason,
        @Nullable String clientIp) {

    public enum Reason {
        BAD_CREDENTIALS,
        /** This failure was the last one allowed: the account is now locked. */
        LOCKED_NOW,
        ACCOUNT_LOCKED,
        ACCOUNT_DISABLED
    }
}
