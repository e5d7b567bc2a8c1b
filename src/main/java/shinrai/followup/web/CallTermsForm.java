package shinrai.followup.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shinrai.followup.CallTerms;
import shinrai.shared.TextLimits;

/** The call terms page's fields, with the ranges {@link CallTerms} holds them to; an empty script is the default. */
record CallTermsForm(
        @NotNull @Min(0) @Max(30) Integer earliestDay,
        @NotNull @Min(0) @Max(60) Integer latestDay,
        @NotNull @Min(1) @Max(10) Integer maxAttempts,
        @Nullable @Size(max = TextLimits.NOTE) String script) {

    static CallTermsForm of(CallTerms terms) {
        return new CallTermsForm(terms.earliestDay(), terms.latestDay(), terms.maxAttempts(), terms.script());
    }

    CallTerms terms() {
        return new CallTerms(earliestDay, latestDay, maxAttempts, script);
    }
}
