package shinrai.workshop;

import java.time.Duration;
import java.time.Instant;
import shinrai.dealer.StaffId;

/** One stretch of a technician's work on a job, from clocking on to clocking off. */
public record TimeEntry(int lineNumber, StaffId technician, Instant startedAt, Instant endedAt) {

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }
}
