package shinrai.workshop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import shinrai.workshop.WorkshopSettings;
import shinrai.workshop.WorkshopTerms;

/** The dealer's workshop terms: comeback window, advisors' discount limit, VAT rate, service interval. */
@RestController
@RequestMapping("/api/v1/workshop-terms")
@Tag(name = "Workshop terms")
@SecurityRequirement(name = "bearer")
class WorkshopTermsApi {

    private final WorkshopSettings settings;

    WorkshopTermsApi(WorkshopSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CUSTOMER_READ')")
    @Operation(summary = "The dealer's terms, or the defaults while it has set none")
    WorkshopTerms terms() {
        return settings.terms();
    }

    @PutMapping
    @PreAuthorize("hasAuthority('DEALER_SETTINGS_MANAGE')")
    @Operation(summary = "Change the terms", description = """
                    comebackDays 0–365, comebackKm 0–100000, discountLimitPercent 0–100, vatRatePercent 0–30, \
                    serviceIntervalMonths 1–24, serviceIntervalKm 1000–50000; each out of range is named.""")
    WorkshopTerms change(@Valid @RequestBody TermsBody body) {
        return settings.change(new WorkshopTerms(
                body.comebackDays(),
                body.comebackKm(),
                body.discountLimitPercent(),
                body.vatRatePercent(),
                body.serviceIntervalMonths(),
                body.serviceIntervalKm()));
    }

    record TermsBody(
            @NotNull Integer comebackDays,
            @NotNull Integer comebackKm,
            @NotNull @Digits(integer = 3, fraction = 2) BigDecimal discountLimitPercent,
            @NotNull @Digits(integer = 2, fraction = 2) BigDecimal vatRatePercent,
            @NotNull Integer serviceIntervalMonths,
            @NotNull Integer serviceIntervalKm) {}
}
