package shinrai.survey;

/** What a question asks for. */
public enum QuestionKind {
    /** A point on a scale from 1 to the question's maximum, its ends labelled. */
    SCALE,
    /** One of the question's options, by its key. */
    CHOICE,
    /** The customer's own words, up to the question's length. */
    TEXT;

    public String messageKey() {
        return "survey.kind." + name();
    }
}
