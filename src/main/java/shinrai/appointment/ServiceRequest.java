package shinrai.appointment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;

/**
 * What a customer can ask for when booking, with the workshop section it needs and its standard labour time. The
 * standard times plan capacity; the repair order later carries the real operations and times.
 */
public enum ServiceRequest {
    ROUTINE_MAINTENANCE(WorkshopSection.QUICK_SERVICE, "1.0"),
    MAJOR_MAINTENANCE(WorkshopSection.MECHANICAL, "2.5"),
    DIAGNOSIS(WorkshopSection.MECHANICAL, "1.0"),
    REPAIR(WorkshopSection.MECHANICAL, "2.0"),
    TYRES_ALIGNMENT(WorkshopSection.QUICK_SERVICE, "1.0"),
    AIR_CONDITIONING(WorkshopSection.MECHANICAL, "1.5"),
    BODY_PAINT(WorkshopSection.BODY_PAINT, "8.0"),
    WARRANTY(WorkshopSection.MECHANICAL, "1.5"),
    RECALL(WorkshopSection.MECHANICAL, "1.0"),
    INSPECTION(WorkshopSection.QUICK_SERVICE, "0.5");

    private final WorkshopSection section;
    private final BigDecimal standardHours;

    ServiceRequest(WorkshopSection section, String standardHours) {
        this.section = section;
        this.standardHours = new BigDecimal(standardHours);
    }

    public WorkshopSection section() {
        return section;
    }

    public BigDecimal standardHours() {
        return standardHours;
    }

    public String messageKey() {
        return "service." + name();
    }

    /** The section whose bay the car takes: the heaviest of what was asked (paint over mechanical over quick). */
    static WorkshopSection mainSection(Collection<ServiceRequest> services) {
        return services.stream()
                .map(ServiceRequest::section)
                .max(Comparator.naturalOrder())
                .orElse(WorkshopSection.QUICK_SERVICE);
    }

    static BigDecimal totalHours(Collection<ServiceRequest> services) {
        return services.stream().map(ServiceRequest::standardHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
