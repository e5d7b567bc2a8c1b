package shinrai.workshop;

/** The kind of work a labour operation is; each has its own quality checklist. */
public enum WorkType {
    MAINTENANCE,
    MECHANICAL,
    BODY_AND_PAINT;

    public String messageKey() {
        return "repairOrder.workType." + name();
    }
}
