package shinrai.workshop.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import shinrai.workshop.WorkshopTerms;

/** The workshop terms page's fields, with the ranges {@link WorkshopTerms} holds them to. */
record WorkshopTermsForm(
        @NotNull @Min(0) @Max(365) Integer comebackDays,
        @NotNull @Min(0) @Max(100_000) Integer comebackKm,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal discountLimitPercent,

        @NotNull @DecimalMin("0") @DecimalMax("30") @Digits(integer = 2, fraction = 2)
        BigDecimal vatRatePercent,

        @NotNull @Min(1) @Max(24) Integer serviceIntervalMonths,
        @NotNull @Min(1_000) @Max(50_000) Integer serviceIntervalKm) {

    static WorkshopTermsForm of(WorkshopTerms terms) {
        return new WorkshopTermsForm(
                terms.comebackDays(),
                terms.comebackKm(),
                terms.discountLimitPercent(),
                terms.vatRatePercent(),
                terms.serviceIntervalMonths(),
                terms.serviceIntervalKm());
    }

    WorkshopTerms terms() {
        return new WorkshopTerms(
                comebackDays,
                comebackKm,
                discountLimitPercent,
                vatRatePercent,
                serviceIntervalMonths,
                serviceIntervalKm);
    }
}
