package shinrai.workshop;

import java.time.Instant;
import java.util.List;
import shinrai.dealer.StaffId;

/**
 * A quality check failed and sent jobs back: internal rework, which counts against the first-time-fix rate.
 *
 * @param technicians who did the work that failed
 */
public record ReworkOrdered(
        long dealerId,
        RepairOrderId repairOrder,
        CheckLevel level,
        String reason,
        List<Integer> lines,
        List<StaffId> technicians,
        StaffId inspector,
        Instant at) {}
