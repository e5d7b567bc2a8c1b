package shinrai.complaint;

/** The steps of a complaint's history. */
public enum StepKind {
    OPENED,
    ASSIGNED,
    RESPONDED,
    RESOLVED,
    CONFIRMED,
    CLOSED,
    REOPENED,
    GOODWILL_DECIDED;

    public String messageKey() {
        return "complaint.step." + name();
    }
}
