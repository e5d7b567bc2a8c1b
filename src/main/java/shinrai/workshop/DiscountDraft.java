package shinrai.workshop;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import shinrai.shared.Money;

/**
 * A discount as the advisor asks for it: a percentage of what the customer pays in its scope, or a fixed amount;
 * exactly one of the two.
 */
public record DiscountDraft(
        DiscountScope scope,
        @Nullable BigDecimal percent,
        @Nullable Money amount,
        String reason) {}
