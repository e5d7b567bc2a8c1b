package shinrai.complaint;

/** How the dealer and the customer spoke; {@link #NOTE} is a note for the file (a correction, what a colleague said). */
public enum ContactChannel {
    PHONE,
    IN_PERSON,
    SMS,
    WECHAT,
    EMAIL,
    NOTE;

    public String messageKey() {
        return "complaint.channel." + name();
    }
}
