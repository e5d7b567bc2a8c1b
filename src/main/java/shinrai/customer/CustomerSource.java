package shinrai.customer;

/** How the customer first came to the dealer. */
public enum CustomerSource {
    WALK_IN,
    PHONE,
    REFERRAL,
    ONLINE,
    SALES,
    FLEET,
    IMPORT
}
