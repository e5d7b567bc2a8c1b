package shinrai.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import shinrai.shared.Money;

/**
 * The daily report: the day, the month to date (from the 1st to the day) and the month's targets.
 *
 * @param day the figures of the day alone
 * @param monthToDate the figures from the month's first day to the day
 */
public record DailyFigures(LocalDate date, PeriodFigures day, PeriodFigures monthToDate, MonthlyTarget target) {

    /** The month to date as a share of each target set (1.0 is the target reached); nothing where none is set. */
    @JsonProperty
    public Progress progress() {
        MonthlyTarget t = target;
        PeriodFigures m = monthToDate;
        BigDecimal kept = m.promisesKeptRate();
        return new Progress(
                t.carsIn() == null ? null : PeriodFigures.rate(m.carsIn(), t.carsIn()),
                share(m.labourRevenue(), t.labourRevenue()),
                share(m.partsRevenue(), t.partsRevenue()),
                share(m.subletRevenue(), t.subletRevenue()),
                t.hoursSold() == null ? null : PeriodFigures.rate(m.hoursSold(), t.hoursSold()),
                t.promisesKeptPercent() == null || kept == null
                        ? null
                        : PeriodFigures.rate(kept.movePointRight(2), t.promisesKeptPercent()));
    }

    private static @Nullable BigDecimal share(Money actual, @Nullable Money target) {
        return target == null ? null : PeriodFigures.rate(actual.amount(), target.amount());
    }

    /** The month to date against each target, as a share (0.5 is half-way). */
    public record Progress(
            @Nullable BigDecimal carsIn,
            @Nullable BigDecimal labourRevenue,
            @Nullable BigDecimal partsRevenue,
            @Nullable BigDecimal subletRevenue,
            @Nullable BigDecimal hoursSold,
            @Nullable BigDecimal promisesKept) {}
}
