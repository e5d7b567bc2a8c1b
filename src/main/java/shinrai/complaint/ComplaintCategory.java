package shinrai.complaint;

/** What the complaint is about, from the after-sales complaints dealers most often hear. */
public enum ComplaintCategory {
    REPAIR_QUALITY,
    /** The same fault back after the repair. */
    COMEBACK,
    WAITING_TIME,
    PRICE_OR_BILL,
    STAFF_ATTITUDE,
    PARTS_AVAILABILITY,
    /** A scratch, a dent or a dirty seat the car did not have when it came in. */
    VEHICLE_DAMAGE,
    APPOINTMENT,
    OTHER;

    public String messageKey() {
        return "complaint.category." + name();
    }
}
