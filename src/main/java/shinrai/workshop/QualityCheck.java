package shinrai.workshop;

import java.time.Instant;
import shinrai.dealer.StaffId;

/** One level of the quality check, passed or failed, by whom, with their notes. */
public record QualityCheck(
        int number, CheckLevel level, boolean passed, String notes, StaffId inspector, Instant checkedAt) {}
