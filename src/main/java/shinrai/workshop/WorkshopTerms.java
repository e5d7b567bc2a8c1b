package shinrai.workshop;

import java.math.BigDecimal;
import shinrai.shared.InvalidInput;

/**
 * A dealer's workshop terms, each with the default a new dealer starts from.
 *
 * @param comebackDays a repeat job within this many days of delivery is a comeback (返修)
 * @param comebackKm or within this many kilometres
 * @param discountLimitPercent the share of a customer's bill an advisor may give as discount without a manager
 * @param vatRatePercent the VAT the prices include, shown on the bill
 * @param serviceIntervalMonths the next maintenance is due this many months after the last
 * @param serviceIntervalKm or this many kilometres after it, whichever comes first
 */
public record WorkshopTerms(
        int comebackDays,
        int comebackKm,
        BigDecimal discountLimitPercent,
        BigDecimal vatRatePercent,
        int serviceIntervalMonths,
        int serviceIntervalKm) {

    public static final WorkshopTerms DEFAULT = new WorkshopTerms(
            Comebacks.DEFAULT_DAYS, Comebacks.DEFAULT_KILOMETRES, BigDecimal.TEN, BigDecimal.valueOf(13), 6, 5_000);

    /** Checks each term against its range, naming the field of every one out of it. */
    void check() {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        within(invalid, "comebackDays", comebackDays, 0, 365);
        within(invalid, "comebackKm", comebackKm, 0, 100_000);
        within(invalid, "discountLimitPercent", discountLimitPercent, 0, 100);
        within(invalid, "vatRatePercent", vatRatePercent, 0, 30);
        within(invalid, "serviceIntervalMonths", serviceIntervalMonths, 1, 24);
        within(invalid, "serviceIntervalKm", serviceIntervalKm, 1_000, 50_000);
        invalid.throwIfAny();
    }

    private static void within(InvalidInput.Collector invalid, String field, int value, int min, int max) {
        if (value < min || value > max) {
            invalid.add(new InvalidWorkshopInput(field, "workshopTerms.error.range", min, max));
        }
    }

    private static void within(InvalidInput.Collector invalid, String field, BigDecimal value, int min, int max) {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            invalid.add(new InvalidWorkshopInput(field, "workshopTerms.error.range", min, max));
        }
    }
}
