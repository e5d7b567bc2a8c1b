package shinrai.dealer;

/**
 * A link that cannot be followed. Pages say so in a friendly way and never whether the record behind it exists: a
 * link altered, made up or meant for another page reads exactly like one to nothing.
 */
public final class PublicLinkRefused extends RuntimeException {

    private final Reason reason;

    /** Also for a page that finds a genuine link's record closed to it (a car delivered long ago): {@code EXPIRED}. */
    public PublicLinkRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        /** Not one of ours, altered, or for another purpose: answered as "not found" (404). */
        INVALID,
        /** Genuine but past its time: answered as "gone" (410), so the customer asks the dealer for a new one. */
        EXPIRED;

        /** The HTTP status a page answers with. */
        public int httpStatus() {
            return this == EXPIRED ? 410 : 404;
        }
    }
}
