package shinrai.workshop;

/** How a bill was paid. */
public enum PaymentMethod {
    CASH,
    CARD,
    WECHAT_PAY,
    ALIPAY,
    TRANSFER,
    /** Left on a company's account: a receivable, paid later. */
    ON_ACCOUNT;

    public String messageKey() {
        return "repairOrder.payment." + name();
    }
}
