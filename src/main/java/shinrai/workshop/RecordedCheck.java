package shinrai.workshop;

import java.time.Instant;
import java.util.List;
import shinrai.dealer.StaffId;

/** A level of the quality check as the order's history shows it: each item's result and the numbers of its photos. */
public record RecordedCheck(
        int number,
        CheckLevel level,
        boolean passed,
        String notes,
        StaffId inspector,
        Instant checkedAt,
        List<CheckedItem> items,
        List<Integer> photos) {}
