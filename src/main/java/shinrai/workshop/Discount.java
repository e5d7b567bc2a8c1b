package shinrai.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;

/**
 * A discount on the customer's share of a repair order, kept with who gave it and, above the dealer's limit, which
 * manager approved or refused it. Its amount is worked out once, when it is given, so the bill the customer was told
 * does not move afterwards.
 */
public record Discount(
        int number,
        DiscountScope scope,
        @Nullable BigDecimal percent,
        Money amount,
        String reason,
        StaffId grantedBy,
        Instant grantedAt,
        DiscountState state,
        @Nullable StaffId decidedBy,
        @Nullable Instant decidedAt) {

    Discount decided(boolean approved, StaffId manager, Instant at) {
        return new Discount(
                number,
                scope,
                percent,
                amount,
                reason,
                grantedBy,
                grantedAt,
                approved ? DiscountState.APPROVED : DiscountState.REFUSED,
                manager,
                at);
    }

    boolean counts() {
        return state != DiscountState.REFUSED;
    }
}
