package shinrai.complaint;

/** How serious a complaint is: sets its deadlines (the dealer's terms). */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    /** Safety, a threat to go to the media or the authorities, a vehicle damaged. */
    CRITICAL;

    public String messageKey() {
        return "complaint.severity." + name();
    }
}
