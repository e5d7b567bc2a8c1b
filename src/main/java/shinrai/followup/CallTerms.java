package shinrai.followup;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.shared.InvalidInput;
import shinrai.shared.TextLimits;

/**
 * A dealer's terms for follow-up calls, each with the default a new dealer starts from.
 *
 * @param earliestDay a call is due from this many days after delivery (the day of delivery is day 0)
 * @param latestDay and late after the end of this day
 * @param maxAttempts calls nobody answers before the task is closed as unreachable
 * @param script the call script in the dealer's own words; {@code null} keeps the default script, which reads in
 *     each agent's language
 */
public record CallTerms(
        int earliestDay,
        int latestDay,
        int maxAttempts,
        @Nullable String script) {

    public static final CallTerms DEFAULT = new CallTerms(1, 3, 3, null);

    /**
     * How long after an unanswered call the next try falls due: two hours after the first, a day after the second,
     * two days after each one after that.
     */
    static final List<Duration> RETRY_SPACING = List.of(Duration.ofHours(2), Duration.ofDays(1), Duration.ofDays(2));

    /** The wait before the next try after this many unanswered calls (1 for the first). */
    static Duration waitAfter(int unanswered) {
        return RETRY_SPACING.get(Math.min(Math.max(unanswered, 1), RETRY_SPACING.size()) - 1);
    }

    /** Checks each term against its range, naming the field of every one out of it. */
    void check() {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        within(invalid, "earliestDay", earliestDay, 0, 30);
        within(invalid, "latestDay", latestDay, 0, 60);
        if (latestDay < earliestDay) {
            invalid.add(new InvalidFollowUpInput("latestDay", "followUp.settings.error.latestBeforeEarliest"));
        }
        within(invalid, "maxAttempts", maxAttempts, 1, 10);
        if (script != null) {
            if (script.isBlank()) {
                invalid.add(new InvalidFollowUpInput("script", "followUp.settings.error.scriptBlank"));
            }
            TextLimits.check(invalid, "script", script, TextLimits.NOTE);
        }
        invalid.throwIfAny();
    }

    private static void within(InvalidInput.Collector invalid, String field, int value, int min, int max) {
        if (value < min || value > max) {
            invalid.add(new InvalidFollowUpInput(field, "followUp.settings.error.range", min, max));
        }
    }
}
