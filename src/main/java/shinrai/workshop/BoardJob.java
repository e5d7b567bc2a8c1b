package shinrai.workshop;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;
import shinrai.vehicle.VehicleId;

/**
 * A job (a labour line) as the dispatch board and the technician's phone page show it: the order it belongs to, the
 * work, who has it, the bay it is to be done in, where it stands, and the time clocked on it.
 *
 * @param version the order's version, which a dispatch or a clocking from the page names
 * @param standardHours the operation's flat-rate hours
 * @param clockedSeconds time clocked on the job in stretches already ended, by anyone, on any day
 * @param firstStartToday when work on the job began on the board's day, if it did
 * @param lastEndToday when the last stretch of work ended on the board's day, if one did
 * @param lastEnd when the last stretch of work ended, on any day
 * @param secondsByAssignee time the job's technician clocked on it, in ended stretches, on any day
 * @param secondsByAssigneeToday the part of that within the board's day
 */
public record BoardJob(
        RepairOrderId order,
        String number,
        int version,
        RepairOrderStatus status,
        VehicleId vehicle,
        String customerWords,
        String diagnosis,
        @Nullable Instant promisedAt,
        int line,
        String description,
        String reason,
        BigDecimal standardHours,
        LineApproval approval,
        boolean supplement,
        JobStatus job,
        @Nullable StaffId technician,
        @Nullable BayId bay,
        @Nullable PauseReason pauseReason,
        @Nullable Instant clockedOnAt,
        long clockedSeconds,
        int reworks,
        @Nullable Instant firstStartToday,
        @Nullable Instant lastEndToday,
        @Nullable Instant lastEnd,
        long secondsByAssignee,
        long secondsByAssigneeToday) {

    /** Approved work nobody has been given yet, on an order the workshop may dispatch. */
    public boolean waitingForDispatch() {
        return technician == null && approval == LineApproval.APPROVED && job != JobStatus.DONE && inWorkshop();
    }

    /** The foreman may (re)assign it: approved, not running, not finished, on an order in the workshop. */
    public boolean dispatchable() {
        return approval == LineApproval.APPROVED
                && (job == JobStatus.WAITING || job == JobStatus.PAUSED)
                && inWorkshop();
    }

    /** Its technician may clock on: approved by the customer and waiting or paused. */
    public boolean canClockOn() {
        return dispatchable();
    }

    /** A supplement found during the repair that the customer has not approved yet: nobody may clock on it. */
    public boolean awaitingApproval() {
        return approval == LineApproval.PROPOSED;
    }

    public boolean running() {
        return job == JobStatus.IN_PROGRESS && clockedOnAt != null;
    }

    /** Time clocked on the job so far, the stretch still running included. */
    public Duration clocked(Instant now) {
        Duration ended = Duration.ofSeconds(clockedSeconds);
        return running() ? ended.plus(Duration.between(clockedOnAt, now)) : ended;
    }

    public BigDecimal clockedHours(Instant now) {
        return hours(clocked(now));
    }

    /** Whether its technician finished it within {@code [from, to)}. */
    public boolean finishedWithin(Instant from, Instant to) {
        return job == JobStatus.DONE && lastEnd != null && !lastEnd.isBefore(from) && lastEnd.isBefore(to);
    }

    static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.toSeconds())
                .divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP);
    }

    private boolean inWorkshop() {
        return status == RepairOrderStatus.APPROVED || status == RepairOrderStatus.IN_REPAIR;
    }
}
