package shinrai.workshop;

/** Where a repair order stands. Reception opens it; the states of estimate, repair, checks and delivery follow. */
public enum RepairOrderStatus {
    OPENED;

    public String messageKey() {
        return "repairOrder.status." + name();
    }
}
