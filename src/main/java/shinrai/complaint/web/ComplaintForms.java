package shinrai.complaint.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import shinrai.complaint.ComplaintCategory;
import shinrai.complaint.ComplaintSource;
import shinrai.complaint.ComplaintTerms;
import shinrai.complaint.ConfirmationMethod;
import shinrai.complaint.ContactChannel;
import shinrai.complaint.GoodwillKind;
import shinrai.complaint.Severity;
import shinrai.shared.TextLimits;

/** The fields of the complaint pages' forms, each a step on the version of the complaint the user saw. */
final class ComplaintForms {

    private ComplaintForms() {}

    record NewComplaintForm(
            @NotNull @Positive Long customer,
            @Nullable @Positive Long vehicle,
            @Nullable @Positive Long repairOrder,
            @NotNull ComplaintSource source,
            @NotNull ComplaintCategory category,
            @NotNull Severity severity,
            @Nullable @Size(max = TextLimits.NOTE) String customerWords,
            @Nullable @Positive Long owner) {

        String words() {
            return customerWords == null ? "" : customerWords;
        }
    }

    record Assign(
            @NotNull Integer version, @NotNull @Positive Long owner) {}

    record Classify(
            @NotNull Integer version,
            @NotNull ComplaintCategory category,
            @NotNull Severity severity) {}

    record Contact(
            @NotNull Integer version,
            @NotNull ContactChannel channel,
            @Nullable @Size(max = TextLimits.NOTE) String said,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime contactedAt) {

        String text() {
            return said == null ? "" : said;
        }
    }

    record Respond(
            @NotNull Integer version,
            @NotNull ContactChannel channel,
            @Nullable @Size(max = TextLimits.NOTE) String said) {

        String text() {
            return said == null ? "" : said;
        }
    }

    record Resolve(
            @NotNull Integer version,
            @Nullable @Size(max = TextLimits.NOTE) String rootCause,
            @Nullable @Size(max = TextLimits.NOTE) String correctiveAction) {}

    record Confirm(
            @NotNull Integer version,
            @NotNull ConfirmationMethod method,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime confirmedAt,

            @Nullable @Size(max = TextLimits.NOTE) String note) {}

    record Version(@NotNull Integer version) {}

    record Reopen(
            @NotNull Integer version,
            @Nullable @Size(max = TextLimits.NOTE) String reason) {}

    record GiveGoodwill(
            @NotNull Integer version,
            @NotNull GoodwillKind kind,

            @NotNull @DecimalMin("0.01") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @Nullable @Size(max = TextLimits.NAME) String description) {}

    record Decide(@NotNull Integer version, @NotNull Boolean approve) {}

    /** The complaint terms page. */
    record TermsForm(
            @NotNull @Min(1) @Max(720) Integer criticalResponseHours,
            @NotNull @Min(1) @Max(2160) Integer criticalResolutionHours,
            @NotNull @Min(1) @Max(720) Integer highResponseHours,
            @NotNull @Min(1) @Max(2160) Integer highResolutionHours,
            @NotNull @Min(1) @Max(720) Integer mediumResponseHours,
            @NotNull @Min(1) @Max(2160) Integer mediumResolutionHours,
            @NotNull @Min(1) @Max(720) Integer lowResponseHours,
            @NotNull @Min(1) @Max(2160) Integer lowResolutionHours,

            @NotNull @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
            BigDecimal goodwillLimit,

            @Nullable @Min(1) @Max(10) Integer satisfactionAtMost,
            @Nullable @Size(max = 500) String choices,
            @Nullable @Min(1) @Max(5) Integer ratingAtMost) {

        static TermsForm of(ComplaintTerms t) {
            return new TermsForm(
                    t.criticalResponseHours(),
                    t.criticalResolutionHours(),
                    t.highResponseHours(),
                    t.highResolutionHours(),
                    t.mediumResponseHours(),
                    t.mediumResolutionHours(),
                    t.lowResponseHours(),
                    t.lowResolutionHours(),
                    t.goodwillLimit(),
                    t.satisfactionAtMost(),
                    t.choicesText(),
                    t.ratingAtMost());
        }

        ComplaintTerms terms() {
            return new ComplaintTerms(
                    criticalResponseHours,
                    criticalResolutionHours,
                    highResponseHours,
                    highResolutionHours,
                    mediumResponseHours,
                    mediumResolutionHours,
                    lowResponseHours,
                    lowResolutionHours,
                    goodwillLimit,
                    satisfactionAtMost,
                    ComplaintTerms.choicesOf(choices),
                    ratingAtMost);
        }
    }
}
