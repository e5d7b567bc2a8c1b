package shinrai.workshop;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;

/**
 * One stretch of a technician's work on a job, from clocking on to clocking off, in the bay the job was in (none if
 * the foreman named none).
 */
public record TimeEntry(
        int lineNumber, StaffId technician, @Nullable BayId bay, Instant startedAt, Instant endedAt) {

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }
}
