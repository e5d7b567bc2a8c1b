package shinrai.workshop;

/** What a discount is taken off: the customer's labour, the customer's parts, or the whole of the customer's share. */
public enum DiscountScope {
    LABOUR,
    PARTS,
    WHOLE_BILL;

    public String messageKey() {
        return "repairOrder.discount.scope." + name();
    }

    boolean covers(RepairOrderLine line) {
        return switch (this) {
            case LABOUR -> line.kind() == LineKind.LABOUR;
            case PARTS -> line.kind() == LineKind.PART;
            case WHOLE_BILL -> true;
        };
    }
}
