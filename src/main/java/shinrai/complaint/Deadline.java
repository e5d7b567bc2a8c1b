package shinrai.complaint;

/** The deadlines a complaint has: its first response to the customer, and its resolution. */
public enum Deadline {
    RESPONSE,
    RESOLUTION;

    public String messageKey() {
        return "complaint.deadline." + name();
    }
}
