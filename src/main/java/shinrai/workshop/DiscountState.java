package shinrai.workshop;

/** Where a discount stands: within the advisor's limit it is approved at once; above it a manager decides. */
public enum DiscountState {
    APPROVED,
    AWAITING_APPROVAL,
    REFUSED;

    public String messageKey() {
        return "repairOrder.discount.state." + name();
    }
}
