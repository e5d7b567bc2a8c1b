package shinrai.workshop.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffMember;
import shinrai.workshop.BayDay;
import shinrai.workshop.BayId;
import shinrai.workshop.BoardJob;
import shinrai.workshop.JobStatus;

/**
 * The dispatch board laid out for the page: one row per technician with their jobs as blocks on the day's timeline,
 * one row per bay with the jobs worked, running and waiting in it, and the lane of jobs nobody has yet. A job already
 * worked on sits where its work began and ends where it ended (or now, or at its standard hours if it runs longer
 * than that); a job given but not started is projected after the technician's (or the bay's) running work, at the
 * standard hours left, so the foreman sees who and which bay is free and who is loaded. Jobs that overlap (a paused
 * job and the one taken up meanwhile, or two cars in one bay) go on lanes one under the other.
 */
record DispatchBoardView(
        List<Row> rows,
        List<BayRow> bays,
        List<BoardJob> waiting,
        int firstHour,
        int lastHour,
        @Nullable Double nowAt) {

    static final int DAY_STARTS = 8;
    static final int DAY_ENDS = 18;
    private static final Duration SHORTEST_BLOCK = Duration.ofMinutes(15);

    /**
     * A job on a row: where it begins and how wide it is, in per cent of the timeline, and its state there
     * ({@code QUEUED}, {@code IN_PROGRESS}, {@code PAUSED} or {@code DONE}).
     */
    record Block(
            BoardJob job,
            double left,
            double width,
            int lane,
            boolean projected,
            Instant start,
            Instant end,
            String state) {}

    record Row(StaffMember technician, List<Block> blocks, int lanes, List<BoardJob> jobs) {}

    /** A bay's row: the jobs worked and running in it, and the ones waiting for it projected after them. */
    record BayRow(BayDay day, List<Block> blocks, int lanes) {}

    static DispatchBoardView of(
            List<BoardJob> jobs,
            List<StaffMember> technicians,
            List<BayDay> bays,
            LocalDate day,
            ZoneId zone,
            Instant now) {
        Map<Long, List<BoardJob>> byTechnician = jobs.stream()
                .filter(job -> job.technician() != null)
                .collect(Collectors.groupingBy(job -> job.technician().value()));
        Map<Long, List<Span>> spans = new java.util.HashMap<>();
        byTechnician.forEach((technician, theirs) -> spans.put(technician, spans(theirs, now)));
        Map<BayId, List<Span>> baySpans = new java.util.HashMap<>();
        bays.forEach(bay -> baySpans.put(bay.bay().id(), spans(bay, now)));
        ZonedDateTime midnight = day.atStartOfDay(zone);
        int first = DAY_STARTS;
        int last = DAY_ENDS;
        boolean today = now.atZone(zone).toLocalDate().equals(day);
        List<Instant> marks = new ArrayList<>();
        java.util.stream.Stream.concat(spans.values().stream(), baySpans.values().stream())
                .forEach(list -> list.forEach(span -> {
                    marks.add(span.start);
                    marks.add(span.end);
                }));
        if (today) {
            marks.add(now);
        }
        for (Instant mark : marks) {
            long minutes = Duration.between(midnight.toInstant(), mark).toMinutes();
            first = (int) Math.max(0, Math.min(first, Math.floorDiv(minutes, 60)));
            last = (int) Math.min(24, Math.max(last, Math.floorDiv(minutes + 59, 60)));
        }
        Instant from = midnight.plusHours(first).toInstant();
        Instant to = midnight.plusHours(last).toInstant();
        List<Row> rows = new ArrayList<>();
        for (StaffMember technician : technicians) {
            Laid laid = lay(spans.getOrDefault(technician.id(), List.of()), from, to);
            List<BoardJob> list = byTechnician.getOrDefault(technician.id(), List.of());
            rows.add(new Row(technician, laid.blocks, laid.lanes, list));
        }
        List<BayRow> bayRows = new ArrayList<>();
        for (BayDay bay : bays) {
            Laid laid = lay(baySpans.getOrDefault(bay.bay().id(), List.of()), from, to);
            bayRows.add(new BayRow(bay, laid.blocks, laid.lanes));
        }
        double length = Duration.between(from, to).toSeconds();
        Double nowAt = today && !now.isBefore(from) && now.isBefore(to)
                ? percent(Duration.between(from, now).toSeconds(), length)
                : null;
        List<BoardJob> waiting =
                jobs.stream().filter(BoardJob::waitingForDispatch).toList();
        return new DispatchBoardView(rows, bayRows, waiting, first, last, nowAt);
    }

    private record Laid(List<Block> blocks, int lanes) {}

    /** A row's spans as blocks within {@code [from, to)}; spans that overlap go on lanes one under the other. */
    private static Laid lay(List<Span> spans, Instant from, Instant to) {
        double length = Duration.between(from, to).toSeconds();
        List<Instant> laneEnds = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Span span : spans) {
            Instant start = span.start.isBefore(from) ? from : span.start;
            Instant end = span.end.isAfter(to) ? to : span.end;
            if (!end.isAfter(start)) {
                continue;
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(start)) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(end);
            } else {
                laneEnds.set(lane, end);
            }
            blocks.add(new Block(
                    span.job,
                    percent(Duration.between(from, start).toSeconds(), length),
                    percent(Duration.between(start, end).toSeconds(), length),
                    lane,
                    span.projected,
                    span.start,
                    span.end,
                    span.state));
        }
        return new Laid(blocks, Math.max(1, laneEnds.size()));
    }

    /** The hours marked on the timeline, each with its place in per cent. */
    public List<Hour> hours() {
        List<Hour> hours = new ArrayList<>();
        for (int hour = firstHour; hour <= lastHour; hour++) {
            hours.add(new Hour(hour, percent((hour - firstHour) * 3600.0, (lastHour - firstHour) * 3600.0)));
        }
        return hours;
    }

    record Hour(int hour, double at) {
        public String label() {
            return String.format("%02d:00", hour);
        }
    }

    private record Span(BoardJob job, Instant start, Instant end, boolean projected, String state) {}

    /** Where each of a technician's jobs lies on the day: worked, running, or projected after the running work. */
    private static List<Span> spans(List<BoardJob> jobs, Instant now) {
        List<Span> spans = new ArrayList<>();
        Instant free = now;
        for (BoardJob job : jobs) {
            Instant started = job.firstStartToday() != null ? job.firstStartToday() : job.clockedOnAt();
            if (job.running()) {
                Instant start = started == null ? job.clockedOnAt() : started;
                Instant end = runningUntil(job, now);
                spans.add(new Span(job, start, end, false, state(job)));
                free = later(free, end);
            } else if (job.lastEndToday() != null && started != null) {
                spans.add(new Span(job, started, job.lastEndToday(), false, state(job)));
            }
        }
        List<BoardJob> queued = jobs.stream()
                .filter(job -> job.job() == JobStatus.WAITING || job.job() == JobStatus.PAUSED)
                .filter(BoardJob::dispatchable)
                .sorted(Comparator.comparing(
                        (BoardJob job) -> job.promisedAt() == null ? Instant.MAX : job.promisedAt()))
                .toList();
        queue(spans, queued, free, now);
        spans.sort(Comparator.comparing(Span::start));
        return spans;
    }

    /**
     * Where each job lies in a bay: the work done there (finished, or stopped since), the work running there, and the
     * jobs waiting for the bay projected after the running work.
     */
    private static List<Span> spans(BayDay bay, Instant now) {
        List<Span> spans = new ArrayList<>();
        Instant free = now;
        for (BayDay.Stretch stretch : bay.stretches()) {
            BoardJob job = stretch.job();
            if (stretch.running()) {
                Instant end = runningUntil(job, now);
                spans.add(new Span(job, stretch.start(), end, false, JobStatus.IN_PROGRESS.name()));
                free = later(free, end);
            } else {
                String state = job.job() == JobStatus.DONE ? JobStatus.DONE.name() : JobStatus.PAUSED.name();
                spans.add(
                        new Span(job, stretch.start(), java.util.Objects.requireNonNull(stretch.end()), false, state));
            }
        }
        queue(spans, bay.queued(), free, now);
        spans.sort(Comparator.comparing(Span::start));
        return spans;
    }

    /** The jobs not started or paused, one after the other from {@code free}, each at the standard hours left. */
    private static void queue(List<Span> spans, List<BoardJob> queued, Instant free, Instant now) {
        for (BoardJob job : queued) {
            Instant end = free.plus(left(job, now));
            spans.add(new Span(job, free, end, true, state(job)));
            free = end;
        }
    }

    /** A running job ends now at the earliest, or when its standard hours left are clocked. */
    private static Instant runningUntil(BoardJob job, Instant now) {
        return later(now, java.util.Objects.requireNonNull(job.clockedOnAt()).plus(left(job, now)));
    }

    private static String state(BoardJob job) {
        return job.job() == JobStatus.WAITING ? "QUEUED" : job.job().name();
    }

    /** The standard hours not yet clocked, at least a quarter of an hour so a late job still shows. */
    private static Duration left(BoardJob job, Instant now) {
        long standard = job.standardHours().multiply(BigDecimal.valueOf(3600)).longValue();
        Duration left = Duration.ofSeconds(standard).minus(Duration.ofSeconds(job.clockedSeconds()));
        return left.compareTo(SHORTEST_BLOCK) < 0 ? SHORTEST_BLOCK : left;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static double percent(double part, double whole) {
        return Math.round(part / whole * 10000) / 100.0;
    }
}
