package shinrai.workshop;

/** Whether the customer agreed to a line. No work starts on a line the customer has not approved. */
public enum LineApproval {
    PROPOSED,
    APPROVED,
    /** Kept, and offered again at the next visit. */
    DECLINED;

    public String messageKey() {
        return "repairOrder.approval." + name();
    }
}
