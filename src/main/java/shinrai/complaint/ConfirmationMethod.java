package shinrai.complaint;

/** How the customer confirmed that the complaint may be closed. */
public enum ConfirmationMethod {
    PHONE,
    IN_PERSON,
    SMS,
    WECHAT,
    EMAIL,
    /** A survey answer after the resolution. */
    SURVEY;

    public String messageKey() {
        return "complaint.confirmation." + name();
    }
}
