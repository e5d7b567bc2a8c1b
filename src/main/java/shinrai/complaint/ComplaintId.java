package shinrai.complaint;

/** A complaint's id within its dealer. */
public record ComplaintId(long value) {

    public ComplaintId {
        if (value <= 0) {
            throw new IllegalArgumentException("not a complaint id: " + value);
        }
    }

    /** The id a page or API path asks for: one that cannot exist is a complaint not found, not a crash. */
    public static ComplaintId asked(long value) {
        if (value <= 0) {
            throw new shinrai.shared.NotFound("complaint", value);
        }
        return new ComplaintId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
