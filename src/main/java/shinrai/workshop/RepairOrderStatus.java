package shinrai.workshop;

/**
 * Where a repair order stands. Each state names what has been done; {@link RepairOrder} decides which step may
 * follow which.
 */
public enum RepairOrderStatus {
    /** Reception opened it; the advisor is diagnosing and pricing the work. */
    OPENED,
    /** The estimate and promised time have been explained; the customer has not yet agreed. */
    ESTIMATED,
    /** The customer agreed to the work; it waits for the workshop. */
    APPROVED,
    /** Work has started on at least one job. */
    IN_REPAIR,
    /** The technician checked their own work (自检). */
    SELF_CHECKED,
    /** The team leader checked it (互检). */
    TEAM_CHECKED,
    /** The QC inspector passed the final check (终检): the car may be delivered. */
    QC_PASSED,
    /** The car is back with the customer, the bill explained. */
    DELIVERED,
    /** The bill is paid, or left on the company's account. */
    SETTLED;

    public String messageKey() {
        return "repairOrder.status." + name();
    }

    /** The car is still with the dealer. */
    public boolean isOpen() {
        return this != DELIVERED && this != SETTLED;
    }
}
