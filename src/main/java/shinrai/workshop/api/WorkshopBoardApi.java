package shinrai.workshop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.workshop.BayDay;
import shinrai.workshop.BoardJob;
import shinrai.workshop.TechnicianDay;
import shinrai.workshop.WorkshopBoard;

/**
 * The dispatch board as data, for a workshop screen or a tablet app: who has which job, which bay holds which car, and
 * what waits.
 */
@RestController
@RequestMapping("/api/v1/workshop/board")
@PreAuthorize("hasAuthority('REPAIR_ORDER_DISPATCH')")
@Tag(
        name = "Workshop board",
        description = "The foreman's dispatch board: technicians, their jobs and the day's figures")
@SecurityRequirement(name = "bearer")
class WorkshopBoardApi {

    private final WorkshopBoard board;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final Clock clock;

    WorkshopBoardApi(WorkshopBoard board, Staff staff, DealerDirectory dealers, Clock clock) {
        this.board = board;
        this.staff = staff;
        this.dealers = dealers;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "The board of a day (today when no date is given): jobs waiting for a technician, each"
                    + " active technician's jobs given, running, paused or done that day, with their efficiency,"
                    + " and each bay's jobs worked, running and waiting, with a conflict when two cars run in one."
                    + " For a day other than today only the jobs worked that day are listed and nothing waits.")
    Board board(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        ZoneId zone = dealers.current().zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = date == null ? today : date;
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        boolean isToday = day.equals(today);
        WorkshopBoard.Floor floor = board.floor(from, to);
        List<BoardJob> jobs = floor.jobs().stream()
                .filter(job -> isToday || job.lastEndToday() != null)
                .toList();
        Instant asOf = isToday ? now : to;
        List<Technician> technicians = staff.active(Role.TECHNICIAN, Role.FOREMAN).stream()
                .map(member -> {
                    StaffId id = new StaffId(member.id());
                    TechnicianDay figures = TechnicianDay.of(jobs, id, from, to, asOf);
                    return new Technician(
                            member.id(),
                            member.displayName(),
                            figures.efficiencyPercent(),
                            figures.standardHoursDone(),
                            figures.clockedTodayHours(),
                            jobs.stream()
                                    .filter(job -> id.equals(job.technician()))
                                    .map(job -> Job.of(job, asOf))
                                    .toList());
                })
                .toList();
        List<Job> waiting = jobs.stream()
                .filter(BoardJob::waitingForDispatch)
                .map(job -> Job.of(job, asOf))
                .toList();
        List<Bay> bays = board.bays(floor, from, to).stream()
                .map(bay -> Bay.of(bay, asOf))
                .toList();
        return new Board(day, floor.complete(), waiting, technicians, bays);
    }

    /**
     * @param complete whether every job of the day is listed: a board lists at most {@value
     *     WorkshopBoard#MOST_SHOWN} jobs, the work still to do by promised time first, then the latest done
     */
    record Board(LocalDate date, boolean complete, List<Job> waiting, List<Technician> technicians, List<Bay> bays) {}

    /**
     * A bay's day.
     *
     * @param conflict jobs of more than one car run in the bay at once
     * @param worked each job's work in the bay that day, from its first clocking on there to its last clocking off
     *     ({@code endedAt} null while it runs)
     * @param queued the jobs put in the bay that wait for work (not started, or paused), by promised time
     */
    record Bay(
            long id,
            String name,
            String kind,
            boolean active,
            boolean conflict,
            List<Job> running,
            List<Worked> worked,
            List<Job> queued) {

        static Bay of(BayDay day, Instant now) {
            return new Bay(
                    day.bay().id().value(),
                    day.bay().name(),
                    day.bay().kind().name(),
                    day.bay().active(),
                    day.conflict(),
                    day.running().stream().map(job -> Job.of(job, now)).toList(),
                    day.stretches().stream()
                            .map(stretch -> new Worked(
                                    stretch.job().order().value(),
                                    stretch.job().number(),
                                    stretch.job().line(),
                                    stretch.start(),
                                    stretch.end()))
                            .toList(),
                    day.queued().stream().map(job -> Job.of(job, now)).toList());
        }
    }

    record Worked(
            long repairOrderId,
            String number,
            int line,
            Instant startedAt,
            @Nullable Instant endedAt) {}

    /**
     * @param efficiencyPercent standard hours of the jobs finished that day over the hours clocked on them; null
     *     before the first finished job
     */
    record Technician(
            long id,
            String name,
            @Nullable Integer efficiencyPercent,
            BigDecimal standardHoursDone,
            BigDecimal clockedHours,
            List<Job> jobs) {}

    /**
     * @param state WAITING (given but not started, or nobody's yet), IN_PROGRESS, PAUSED or DONE
     * @param version the order's version, to send with a dispatch or a clocking
     */
    record Job(
            long repairOrderId,
            String number,
            int version,
            int line,
            String description,
            BigDecimal standardHours,
            BigDecimal clockedHours,
            String state,
            @Nullable String pauseReason,
            @Nullable Long technicianId,
            @Nullable Long bayId,
            @Nullable Instant promisedAt,
            @Nullable Instant startedAt,
            @Nullable Instant lastStoppedAt) {

        static Job of(BoardJob job, Instant now) {
            return new Job(
                    job.order().value(),
                    job.number(),
                    job.version(),
                    job.line(),
                    job.description(),
                    job.standardHours(),
                    job.clockedHours(now),
                    job.job().name(),
                    job.pauseReason() == null ? null : job.pauseReason().name(),
                    job.technician() == null ? null : job.technician().value(),
                    job.bay() == null ? null : job.bay().value(),
                    job.promisedAt(),
                    job.firstStartToday() != null ? job.firstStartToday() : job.clockedOnAt(),
                    job.lastEndToday());
        }
    }
}
