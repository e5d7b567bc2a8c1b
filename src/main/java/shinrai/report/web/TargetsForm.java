package shinrai.report.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import shinrai.report.MonthlyTarget;
import shinrai.shared.Money;

/** The month's targets as the manager types them; an empty field sets no target for that figure. */
record TargetsForm(
        @NotNull YearMonth month,
        @Nullable @Min(0) @Max(1_000_000) Integer carsIn,

        @Nullable @DecimalMin("0") @Digits(integer = 9, fraction = 2)
        BigDecimal labourRevenue,

        @Nullable @DecimalMin("0") @Digits(integer = 9, fraction = 2)
        BigDecimal partsRevenue,

        @Nullable @DecimalMin("0") @Digits(integer = 9, fraction = 2)
        BigDecimal subletRevenue,

        @Nullable @DecimalMin("0") @Digits(integer = 7, fraction = 1)
        BigDecimal hoursSold,

        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1)
        BigDecimal promisesKeptPercent) {

    MonthlyTarget target() {
        return new MonthlyTarget(
                month,
                carsIn,
                money(labourRevenue),
                money(partsRevenue),
                money(subletRevenue),
                hoursSold,
                promisesKeptPercent);
    }

    private static @Nullable Money money(@Nullable BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }
}
