package shinrai.workshop;

/** What a line of a repair order charges for. */
public enum LineKind {
    /** An operation from the labour catalogue: standard hours at the dealer's rate. A job for a technician. */
    LABOUR,
    /** A part from the parts catalogue. */
    PART,
    /** Work given to another shop (glass, upholstery, alignment), charged on. */
    SUBLET,
    /** Anything else: disposal of waste oil, a courtesy car. */
    OTHER;

    public String messageKey() {
        return "repairOrder.line." + name();
    }
}
