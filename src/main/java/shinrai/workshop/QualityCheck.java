package shinrai.workshop;

import java.time.Instant;
import java.util.List;
import shinrai.dealer.StaffId;

/** One level of the quality check, passed or failed, by whom, with their notes, each item's result and the photos. */
public record QualityCheck(
        int number,
        CheckLevel level,
        boolean passed,
        String notes,
        StaffId inspector,
        Instant checkedAt,
        List<CheckedItem> items,
        List<CheckPhoto> photos) {}
