package shinrai.workshop.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import shinrai.shared.TextLimits;
import shinrai.workshop.CheckLevel;
import shinrai.workshop.ConcernCategory;
import shinrai.workshop.CustomerApproval;
import shinrai.workshop.DiscountScope;
import shinrai.workshop.LineKind;
import shinrai.workshop.PauseReason;
import shinrai.workshop.Payer;
import shinrai.workshop.PaymentMethod;

/**
 * The forms of the repair order page, one per step. A ticked box arrives as {@code true}, an unticked one not at
 * all, hence {@code Boolean}. Each carries the version of the order the page showed, so a
 * step on an order someone changed since is refused with who changed it.
 */
final class StepForms {

    private StepForms() {}

    record Diagnosis(
            @NotNull Integer version,
            @Size(max = TextLimits.NOTE) @Nullable String diagnosis,
            @Nullable ConcernCategory concern) {}

    record Line(
            @NotNull Integer version,
            @NotNull LineKind kind,
            @Size(max = TextLimits.TOKEN) @Nullable String code,
            @Nullable BigDecimal quantity,
            @Size(max = TextLimits.NAME) @Nullable String description,
            @Nullable BigDecimal price,
            @NotNull Payer payer,
            @Size(max = TextLimits.NOTE) @Nullable String reason) {}

    record Estimate(
            @NotNull Integer version,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime promisedAt) {}

    /** @param signature the tablet canvas as a {@code data:image/png;base64,...} URL */
    record Approval(
            @NotNull Integer version,
            @NotNull CustomerApproval.Method method,
            @Size(max = TextLimits.NAME) @Nullable String approvedByName,
            @Size(max = TextLimits.TOKEN) @Nullable String phone,
            @Size(max = 350_000) @Nullable String signature,
            @Size(max = 200) @Nullable List<Integer> declined) {}

    /** @param bayId the bay to do the job in; none keeps the bay the job is in, if any */
    record Dispatch(
            @NotNull Integer version,
            @NotNull @Positive Long technicianId,
            @Positive @Nullable Long bayId) {}

    /** @param bayId the bay to put the job's car in; none takes it out of its bay */
    record Bay(@NotNull Integer version, @Positive @Nullable Long bayId) {}

    record ClockOff(@NotNull Integer version, @Nullable PauseReason pauseReason) {}

    record Check(
            @NotNull Integer version,
            @NotNull CheckLevel level,
            @Nullable Boolean passed,
            @Size(max = TextLimits.NOTE) @Nullable String notes,
            @Size(max = 200) @Nullable List<Integer> rework) {}

    record CleanUp(
            @NotNull Integer version,
            @Nullable Boolean washed,
            @Nullable Boolean interiorCleaned) {}

    record Delivery(
            @NotNull Integer version,
            @Nullable Boolean billExplained,
            @Nullable Boolean oldPartsOffered,
            @Min(1) @Max(5) @Nullable Integer advisorRating,
            @Min(1) @Max(5) @Nullable Integer technicianRating) {}

    record Pay(
            @NotNull Integer version,
            @NotNull PaymentMethod method,
            @NotNull BigDecimal amount,
            @Size(max = TextLimits.LABEL) @Nullable String reference) {}

    record Discount(
            @NotNull Integer version,
            @NotNull DiscountScope scope,
            @Nullable BigDecimal percent,
            @Nullable BigDecimal amount,
            @Size(max = TextLimits.NAME) @Nullable String reason) {}

    record DiscountDecision(
            @NotNull Integer version, @NotNull Boolean approve) {}

    record Version(@NotNull Integer version) {}
}
