package shinrai.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;

/**
 * A technician's day in figures. Efficiency (效率) is the standard hours of the jobs they finished that day over the
 * hours they clocked on those jobs: a one-hour operation done in 48 minutes is 125%. Only finished jobs count, so a
 * job half done does not drag the figure down before it is complete.
 *
 * @param standardHoursDone standard hours of the jobs the technician finished that day
 * @param clockedOnDone time the technician clocked on those jobs, whichever day it was clocked
 * @param clockedToday all time the technician clocked that day, on any job, the stretch running now included
 */
public record TechnicianDay(BigDecimal standardHoursDone, Duration clockedOnDone, Duration clockedToday) {

    /** The day of {@code technician} from their jobs, within {@code [from, to)}, as it stands at {@code now}. */
    public static TechnicianDay of(List<BoardJob> jobs, StaffId technician, Instant from, Instant to, Instant now) {
        BigDecimal standard = BigDecimal.ZERO;
        long onDone = 0;
        long today = 0;
        for (BoardJob job : jobs) {
            if (!technician.equals(job.technician())) {
                continue;
            }
            if (job.finishedWithin(from, to)) {
                standard = standard.add(job.standardHours());
                onDone += job.secondsByAssignee();
            }
            today += job.secondsByAssigneeToday();
            if (job.running()) {
                Instant start = job.clockedOnAt().isBefore(from) ? from : job.clockedOnAt();
                today += Duration.between(start, now.isAfter(to) ? to : now).toSeconds();
            }
        }
        return new TechnicianDay(standard, Duration.ofSeconds(onDone), Duration.ofSeconds(today));
    }

    /** Standard hours done per hour clocked on them, in per cent; none before a finished job has clocked time. */
    public @Nullable Integer efficiencyPercent() {
        if (clockedOnDone.isZero() || standardHoursDone.signum() == 0) {
            return null;
        }
        return standardHoursDone
                .multiply(BigDecimal.valueOf(3600 * 100))
                .divide(BigDecimal.valueOf(clockedOnDone.toSeconds()), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    public BigDecimal clockedTodayHours() {
        return BoardJob.hours(clockedToday);
    }
}
