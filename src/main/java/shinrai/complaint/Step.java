package shinrai.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;

/**
 * One step of a complaint's history.
 *
 * @param staff the staff member the step is about: the new owner of an assignment
 * @param detail the reason of a reopening, the root cause of a resolution, the note of a confirmation
 * @param by who took the step; {@code null} when the system did (a complaint opened by the dealer's rule)
 */
public record Step(
        int number,
        StepKind kind,
        @Nullable StaffId staff,
        String detail,
        @Nullable StaffId by,
        Instant at) {}
