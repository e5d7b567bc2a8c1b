package shinrai.complaint;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** Opened, waiting for its first response to the customer. */
    OPEN,
    /** The customer heard from the dealer; being worked on. */
    IN_PROGRESS,
    /** Root cause and corrective action recorded: waits for the customer's confirmation and closing. */
    RESOLVED,
    /** Closed with the customer's confirmation; may be reopened. */
    CLOSED;

    /** Still to be resolved: its deadlines run and it is escalated when they pass. */
    public boolean isUnresolved() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "complaint.status." + name();
    }
}
