package shinrai.complaint;

/** What the dealer gave the customer to make up for the trouble. */
public enum GoodwillKind {
    FREE_LABOUR,
    FREE_PARTS,
    DISCOUNT,
    REFUND,
    VOUCHER,
    FREE_SERVICE,
    GIFT;

    public String messageKey() {
        return "complaint.goodwill.kind." + name();
    }
}
