package shinrai.followup;

/**
 * Where a call task stands. Only {@link #OPEN} tasks are in an agent's queue; the others are closed and say why.
 */
public enum CallStatus {
    /** To be called, from its due time (or the time of its next try). */
    OPEN,
    /** The customer was reached and the call recorded. */
    REACHED,
    /** Nobody answered on any of the dealer's number of tries. */
    UNREACHABLE,
    /** The number is not the customer's: flagged on the customer's record. */
    WRONG_NUMBER,
    /** The customer did not want to talk about the visit. */
    REFUSED,
    /**
     * The customer withdrew consent to phone calls but allows SMS: the survey link went by SMS instead of the call,
     * and the customer answers it on the public survey page.
     */
    SMS_SURVEY_PENDING,
    /** The customer withdrew consent to phone calls and allows no SMS: nobody contacts them. */
    NOT_CALLED;

    public boolean isClosed() {
        return this != OPEN;
    }

    public String messageKey() {
        return "followUp.status." + name();
    }
}
