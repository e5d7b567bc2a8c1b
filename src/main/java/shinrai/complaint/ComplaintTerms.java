package shinrai.complaint;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import shinrai.shared.InvalidInput;

/**
 * A dealer's terms for complaints, each with the default a new dealer starts from: hours to the first response and
 * to the resolution per severity (critical 2 h / 24 h, high 4 h / 72 h, medium 24 h / 168 h, low 48 h / 336 h,
 * counted round the clock), the goodwill a handler may give on one complaint without a manager (500.00 yuan), and
 * the rule that turns dissatisfaction into a complaint: any survey answer's satisfaction at or under 2, any of the
 * chosen answers listed (none by default), a delivery rating at or under 2 (of 5).
 *
 * @param choices the keys of choice answers that open a complaint when chosen (as {@code wouldNotReturn})
 */
public record ComplaintTerms(
        int criticalResponseHours,
        int criticalResolutionHours,
        int highResponseHours,
        int highResolutionHours,
        int mediumResponseHours,
        int mediumResolutionHours,
        int lowResponseHours,
        int lowResolutionHours,
        BigDecimal goodwillLimit,
        @Nullable Integer satisfactionAtMost,
        List<String> choices,
        @Nullable Integer ratingAtMost) {

    public static final ComplaintTerms DEFAULT =
            new ComplaintTerms(2, 24, 4, 72, 24, 168, 48, 336, new BigDecimal("500.00"), 2, List.of(), 2);

    static final int MOST_RESPONSE_HOURS = 720;
    static final int MOST_RESOLUTION_HOURS = 2160;
    private static final Pattern CHOICE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    public ComplaintTerms {
        choices = List.copyOf(choices);
    }

    /** The keys as a settings page shows them: separated by spaces. */
    public String choicesText() {
        return String.join(" ", choices);
    }

    /** The keys typed on the settings page, separated by spaces or commas. */
    public static List<String> choicesOf(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s,，]+"))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    public Duration responseTime(Severity severity) {
        return Duration.ofHours(
                switch (severity) {
                    case CRITICAL -> criticalResponseHours;
                    case HIGH -> highResponseHours;
                    case MEDIUM -> mediumResponseHours;
                    case LOW -> lowResponseHours;
                });
    }

    public Duration resolutionTime(Severity severity) {
        return Duration.ofHours(
                switch (severity) {
                    case CRITICAL -> criticalResolutionHours;
                    case HIGH -> highResolutionHours;
                    case MEDIUM -> mediumResolutionHours;
                    case LOW -> lowResolutionHours;
                });
    }

    /** Whether a delivery rated so opens a complaint. */
    public boolean lowRating(@Nullable Integer rating) {
        return ratingAtMost != null && rating != null && rating <= ratingAtMost;
    }

    /** Checks each term against its range, naming the field of every one out of it. */
    void check() {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        pair(invalid, "critical", criticalResponseHours, criticalResolutionHours);
        pair(invalid, "high", highResponseHours, highResolutionHours);
        pair(invalid, "medium", mediumResponseHours, mediumResolutionHours);
        pair(invalid, "low", lowResponseHours, lowResolutionHours);
        if (goodwillLimit.signum() < 0
                || goodwillLimit.stripTrailingZeros().scale() > 2
                || goodwillLimit.compareTo(new BigDecimal("9999999999.99")) > 0) {
            invalid.add(new InvalidComplaintInput("goodwillLimit", "complaint.settings.error.goodwillLimit"));
        }
        if (satisfactionAtMost != null && (satisfactionAtMost < 1 || satisfactionAtMost > 10)) {
            invalid.add(new InvalidComplaintInput("satisfactionAtMost", "complaint.settings.error.range", 1, 10));
        }
        if (ratingAtMost != null && (ratingAtMost < 1 || ratingAtMost > 5)) {
            invalid.add(new InvalidComplaintInput("ratingAtMost", "complaint.settings.error.range", 1, 5));
        }
        if (choices.size() > 20
                || !choices.stream().allMatch(c -> CHOICE.matcher(c).matches())) {
            invalid.add(new InvalidComplaintInput("choices", "complaint.settings.error.choices"));
        }
        invalid.throwIfAny();
    }

    private static void pair(InvalidInput.Collector invalid, String severity, int response, int resolution) {
        if (response < 1 || response > MOST_RESPONSE_HOURS) {
            invalid.add(new InvalidComplaintInput(
                    severity + "ResponseHours", "complaint.settings.error.range", 1, MOST_RESPONSE_HOURS));
        }
        if (resolution < 1 || resolution > MOST_RESOLUTION_HOURS) {
            invalid.add(new InvalidComplaintInput(
                    severity + "ResolutionHours", "complaint.settings.error.range", 1, MOST_RESOLUTION_HOURS));
        } else if (resolution < response) {
            invalid.add(new InvalidComplaintInput(
                    severity + "ResolutionHours", "complaint.settings.error.resolutionBeforeResponse"));
        }
    }
}
