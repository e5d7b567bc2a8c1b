package shinrai.appointment;

import org.jspecify.annotations.Nullable;
import shinrai.workshop.BayKind;

/** The parts of the workshop whose capacity is planned separately: a paint booth is not a lift. */
public enum WorkshopSection {
    QUICK_SERVICE,
    MECHANICAL,
    BODY_PAINT;

    public String messageKey() {
        return "workshop.section." + name();
    }

    /** The section whose work a bay of the workshop takes; none for a wash bay, which no booking plans. */
    public static @Nullable WorkshopSection of(BayKind kind) {
        return switch (kind) {
            case EXPRESS_SERVICE -> QUICK_SERVICE;
            case GENERAL_REPAIR, ALIGNMENT, ELECTRIC_VEHICLE -> MECHANICAL;
            case BODY, PAINT_PREPARATION, PAINT_BOOTH -> BODY_PAINT;
            case WASH_AND_DETAILING -> null;
        };
    }
}
