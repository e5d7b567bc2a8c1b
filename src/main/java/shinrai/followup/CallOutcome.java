package shinrai.followup;

/** What came of one call, as the agent records it. */
public enum CallOutcome {
    /** The customer answered and talked about the visit. */
    REACHED,
    /** Nobody answered, or the line was busy: tried again later, up to the dealer's number of tries. */
    NOT_REACHED,
    /** Someone else answered, or the number does not exist. */
    WRONG_NUMBER,
    /** The customer did not want to talk about it. */
    REFUSED;

    public String messageKey() {
        return "followUp.outcome." + name();
    }
}
