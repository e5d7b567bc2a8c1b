package shinrai.appointment;

/** The parts of the workshop whose capacity is planned separately: a paint booth is not a lift. */
public enum WorkshopSection {
    QUICK_SERVICE,
    MECHANICAL,
    BODY_PAINT;

    public String messageKey() {
        return "workshop.section." + name();
    }
}
