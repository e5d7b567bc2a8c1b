package shinrai.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;

/**
 * The service lane's figures from {@code first} to {@code last}, both included: the dealer's totals, then per advisor
 * and per technician. Revenue is booked at delivery (see {@link shinrai.workshop.WorkshopFigures}).
 *
 * @param carsIn cars reception took in
 * @param promised delivered orders that had a promised time
 * @param promisesKept of those, delivered at or before it
 * @param booked appointments for these days, not cancelled
 * @param bookingsKept of those, the cars that came
 */
public record PeriodFigures(
        LocalDate first,
        LocalDate last,
        long carsIn,
        long ordersOpened,
        long ordersDelivered,
        long promised,
        long promisesKept,
        Money labourRevenue,
        Money partsRevenue,
        Money subletRevenue,
        Money otherRevenue,
        Money discounts,
        BigDecimal hoursSold,
        BigDecimal hoursClocked,
        long booked,
        long bookingsKept,
        List<Advisor> advisors,
        List<Technician> technicians) {

    /** Labour, parts, sublet and other charges together, less the discounts given on them. */
    @JsonProperty
    public Money revenue() {
        return net(labourRevenue, partsRevenue, subletRevenue, otherRevenue, discounts);
    }

    static Money net(Money labour, Money parts, Money sublet, Money other, Money discounts) {
        return labour.plus(parts).plus(sublet).plus(other).minus(discounts);
    }

    /** Promised times kept as a share (0.75 for 75 %), or nothing when no delivered order had one. */
    @JsonProperty
    public @Nullable BigDecimal promisesKeptRate() {
        return rate(promisesKept, promised);
    }

    @JsonProperty
    public @Nullable BigDecimal bookingsKeptRate() {
        return rate(bookingsKept, booked);
    }

    /** Hours sold for each hour clocked (efficiency), or nothing when nobody clocked. */
    @JsonProperty
    public @Nullable BigDecimal efficiency() {
        return rate(hoursSold, hoursClocked);
    }

    static @Nullable BigDecimal rate(long part, long whole) {
        return rate(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static @Nullable BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    /** One advisor's cars, orders and revenue. */
    public record Advisor(
            StaffId id,
            String name,
            long carsIn,
            long ordersOpened,
            long ordersDelivered,
            long promised,
            long promisesKept,
            Money labourRevenue,
            Money partsRevenue,
            Money subletRevenue,
            Money otherRevenue,
            Money discounts,
            BigDecimal hoursSold,
            long booked,
            long bookingsKept) {

        @JsonProperty
        public Money revenue() {
            return net(labourRevenue, partsRevenue, subletRevenue, otherRevenue, discounts);
        }

        @JsonProperty
        public @Nullable BigDecimal promisesKeptRate() {
            return rate(promisesKept, promised);
        }

        @JsonProperty
        public @Nullable BigDecimal bookingsKeptRate() {
            return rate(bookingsKept, booked);
        }
    }

    /** One technician's hours sold (on delivered orders) against hours clocked. */
    public record Technician(
            StaffId id, String name, long jobsDelivered, BigDecimal hoursSold, BigDecimal hoursClocked) {

        @JsonProperty
        public @Nullable BigDecimal efficiency() {
            return rate(hoursSold, hoursClocked);
        }
    }
}
