package shinrai.complaint;

/** Goodwill within the dealer's limit is given at once; above it, it waits for a manager. */
public enum GoodwillState {
    APPROVED,
    AWAITING_APPROVAL,
    REFUSED;

    public String messageKey() {
        return "complaint.goodwill.state." + name();
    }
}
