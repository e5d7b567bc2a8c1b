package shinrai.survey;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.workshop.RepairOrderId;

/**
 * A customer answered a survey, on a follow-up call or on the public survey page. Published in the transaction that
 * stores the answers; the complaints module opens a case from it when the dealer's rule finds the customer
 * dissatisfied.
 *
 * @param repairOrder the visit the survey asked about, if it asked about one
 * @param questionnaire the questionnaire's code (as {@code CSI} or {@code SERVQUAL}, or the dealer's own)
 * @param recordedBy the agent who took the answers on a call; {@code null} when the customer answered on the page
 * @param answers every answer given, in the questionnaire's order
 */
public record SurveyAnswered(
        long dealerId,
        SurveyResponseId response,
        @Nullable RepairOrderId repairOrder,
        CustomerId customer,
        String questionnaire,
        @Nullable StaffId recordedBy,
        List<Answer> answers,
        Instant at) {

    public SurveyAnswered {
        answers = List.copyOf(answers);
    }

    /**
     * One answer as given.
     *
     * @param question the question's key within its questionnaire
     * @param score the point chosen on a scale question, from 1 to {@code scaleMax}; {@code null} for other kinds
     * @param satisfaction the score read as satisfaction, reverse-coded items turned round (for a reverse item
     *     {@code scaleMax + 1 - score}), so that low is always unhappy; {@code null} for other kinds
     * @param choice the key of the option chosen on a choice question
     * @param text what the customer said, kept as said, on a free-text question
     */
    public record Answer(
            String question,
            @Nullable Integer score,
            @Nullable Integer scaleMax,
            @Nullable Integer satisfaction,
            @Nullable String choice,
            @Nullable String text) {}
}
