package shinrai.retention;

/** The month's three lists of customers at risk. */
public enum ListKind {
    /** Rated the visit low at delivery (and, as surveys and complaints arrive, answered or complained so). */
    DISSATISFIED,
    /** The follow-up call did not reach them: unreachable, wrong number, refused, not called, or overdue. */
    FOLLOW_UP_PROBLEM,
    /** No visit for the dealer's number of months since their last one. */
    LOST;

    public String messageKey() {
        return "retention.kind." + name();
    }
}
