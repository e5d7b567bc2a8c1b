package shinrai.followup;

/** A follow-up call task's id within its dealer. */
public record FollowUpCallId(long value) {

    public FollowUpCallId {
        if (value <= 0) {
            throw new IllegalArgumentException("not a call id: " + value);
        }
    }

    /** The id a page or API path asks for: one that cannot exist is a call not found, not a crash. */
    public static FollowUpCallId asked(long value) {
        if (value <= 0) {
            throw new shinrai.shared.NotFound("followUpCall", value);
        }
        return new FollowUpCallId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
