package shinrai.customer;

/** The ways a dealer may contact a customer, each needing its own consent for marketing. */
public enum ConsentChannel {
    SMS,
    PHONE_CALL,
    EMAIL,
    LETTER,
    WECHAT
}
