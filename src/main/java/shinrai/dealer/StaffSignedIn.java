package shinrai.dealer;

import org.jspecify.annotations.Nullable;

/** A staff member proved who they are, in the web form, for an API token or with HTTP Basic. */
public record StaffSignedIn(
        long userId,
        String username,
        @Nullable Long dealerId,
        @Nullable String clientIp) {}
