package shinrai.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;

/**
 * Goodwill given on a complaint.
 *
 * @param decidedBy the manager who approved (or refused) it; {@code null} for goodwill within the dealer's limit
 */
public record Goodwill(
        int number,
        GoodwillKind kind,
        Money amount,
        String description,
        GoodwillState state,
        StaffId givenBy,
        Instant givenAt,
        @Nullable StaffId decidedBy,
        @Nullable Instant decidedAt) {

    Goodwill decided(boolean approve, StaffId manager, Instant now) {
        return new Goodwill(
                number,
                kind,
                amount,
                description,
                approve ? GoodwillState.APPROVED : GoodwillState.REFUSED,
                givenBy,
                givenAt,
                manager,
                now);
    }
}
