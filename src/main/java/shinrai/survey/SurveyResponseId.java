package shinrai.survey;

/** A customer's answers to one survey, within the dealer. */
public record SurveyResponseId(long value) {

    public SurveyResponseId {
        if (value <= 0) {
            throw new IllegalArgumentException("not a survey response id: " + value);
        }
    }

    /** The id a page or API path asks for: one that cannot exist is a response not found, not a crash. */
    public static SurveyResponseId asked(long value) {
        if (value <= 0) {
            throw new shinrai.shared.NotFound("surveyResponse", value);
        }
        return new SurveyResponseId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
