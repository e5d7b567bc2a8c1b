package shinrai.customer;

/** How a consent was given or withdrawn, kept as evidence (PIPL). */
public enum ConsentMethod {
    SIGNED_FORM,
    VERBAL,
    WECHAT,
    WEB,
    IMPORT,
    OPT_OUT_REPLY
}
