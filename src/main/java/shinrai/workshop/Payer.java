package shinrai.workshop;

/** Who pays for a line of a repair order. */
public enum Payer {
    CUSTOMER,
    /** The carmaker, under warranty: claimed later, never charged to the customer. */
    WARRANTY,
    /** The customer's insurer, for an accident repair. */
    INSURANCE,
    /** The dealer itself: goodwill, rework, its own cars. */
    INTERNAL;

    public String messageKey() {
        return "repairOrder.payer." + name();
    }
}
