package shinrai.workshop;

import java.math.BigDecimal;

/**
 * An operation of the dealer's labour catalogue, charged at standard (flat-rate) hours whatever time it really takes.
 *
 * @param code the dealer's or carmaker's operation code, e.g. {@code M-OIL}
 * @param active retired operations stay on old orders but are not offered for new ones
 */
public record LabourOperation(String code, String name, WorkType workType, BigDecimal standardHours, boolean active) {}
