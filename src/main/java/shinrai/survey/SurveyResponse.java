package shinrai.survey;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer's answers to one survey about one visit, as recorded.
 *
 * @param callTask the follow-up call the answers were taken on; {@code null} when the customer answered on the page
 * @param recordedBy the agent who took them on the call
 * @param technicians the staff ids of the technicians who worked on the visit
 */
public record SurveyResponse(
        SurveyResponseId id,
        String questionnaire,
        Scoring scoring,
        long repairOrderId,
        String repairOrderNumber,
        long customerId,
        long advisorId,
        List<Long> technicians,
        @Nullable Long callTask,
        Channel channel,
        @Nullable Long recordedBy,
        Instant answeredAt,
        List<Answer> answers) {

    public SurveyResponse {
        technicians = List.copyOf(technicians);
        answers = List.copyOf(answers);
    }

    /** Where the answers came from. */
    public enum Channel {
        /** Taken by an agent on the follow-up call. */
        CALL,
        /** Given by the customer on the public survey page. */
        PAGE;

        public String messageKey() {
            return "survey.channel." + name();
        }
    }

    /**
     * One answer as stored.
     *
     * @param satisfaction the score with reverse coding turned round
     */
    public record Answer(
            int position,
            String question,
            QuestionKind kind,
            @Nullable String factor,
            @Nullable Integer scaleMin,
            @Nullable Integer scaleMax,
            boolean reverse,
            @Nullable Integer score,
            @Nullable Integer expectation,
            @Nullable Integer satisfaction,
            @Nullable String choice,
            @Nullable String text) {}
}
