package shinrai.appointment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What one workshop section can take.
 *
 * @param bays how many of the section's jobs can start in one slot
 * @param technicianHours how many hours of work the section's technicians do in one day
 */
public record WorkshopCapacity(WorkshopSection section, int bays, BigDecimal technicianHours) {

    /** A mid-sized 4S workshop, until the dealer enters its own. */
    static final Map<WorkshopSection, WorkshopCapacity> DEFAULT = Map.of(
            WorkshopSection.QUICK_SERVICE,
            new WorkshopCapacity(WorkshopSection.QUICK_SERVICE, 2, new BigDecimal("32")),
            WorkshopSection.MECHANICAL,
            new WorkshopCapacity(WorkshopSection.MECHANICAL, 4, new BigDecimal("48")),
            WorkshopSection.BODY_PAINT,
            new WorkshopCapacity(WorkshopSection.BODY_PAINT, 2, new BigDecimal("24")));
}
