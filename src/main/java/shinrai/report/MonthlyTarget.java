package shinrai.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import shinrai.shared.Money;

/**
 * The month's targets the service manager sets; a figure left empty has no target.
 *
 * @param promisesKeptPercent the share of promised times to keep, in per cent (95 for 95 %)
 */
public record MonthlyTarget(
        YearMonth month,
        @Nullable Integer carsIn,
        @Nullable Money labourRevenue,
        @Nullable Money partsRevenue,
        @Nullable Money subletRevenue,
        @Nullable BigDecimal hoursSold,
        @Nullable BigDecimal promisesKeptPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MonthlyTarget {
        if (carsIn != null && carsIn < 0) {
            throw new IllegalArgumentException("cars in below zero: " + carsIn);
        }
        for (Money amount : new Money[] {labourRevenue, partsRevenue, subletRevenue}) {
            if (amount != null && amount.isNegative()) {
                throw new IllegalArgumentException("revenue below zero: " + amount);
            }
        }
        if (hoursSold != null && hoursSold.signum() < 0) {
            throw new IllegalArgumentException("hours below zero: " + hoursSold);
        }
        if (promisesKeptPercent != null
                && (promisesKeptPercent.signum() < 0 || promisesKeptPercent.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("not a percentage: " + promisesKeptPercent);
        }
    }

    /** A month nobody set targets for. */
    public static MonthlyTarget none(YearMonth month) {
        return new MonthlyTarget(month, null, null, null, null, null, null);
    }
}
