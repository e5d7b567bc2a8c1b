package shinrai.complaint;

/** Where a complaint came in. */
public enum ComplaintSource {
    /** A follow-up call or survey found the customer dissatisfied, or the customer rated the delivery low. */
    FOLLOW_UP,
    PHONE,
    WALK_IN,
    /** The dealer's website, app or mini-program. */
    ONLINE,
    /** The network's (the brand's) customer hotline passed it to the dealer. */
    NETWORK_HOTLINE,
    /** Weibo, WeChat moments, Douyin, review sites. */
    SOCIAL_MEDIA;

    public String messageKey() {
        return "complaint.source." + name();
    }
}
