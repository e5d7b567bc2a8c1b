package shinrai.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bay's day as the dispatch board shows it: the jobs worked in it, the jobs running in it now, and the jobs waiting
 * for it, given or not yet given to a technician. A bay with jobs of two cars running at once is a conflict: one of
 * them is not where the board says (or two cars are squeezed onto one lift). Two jobs of the same car running at
 * once, by two technicians, are not: the car is in the bay, and both work on it.
 *
 * @param stretches the jobs' work in the bay, by when it began
 * @param queued the jobs put in the bay that nobody works on yet, or that were paused, by promised time
 */
public record BayDay(Bay bay, List<Stretch> stretches, List<BoardJob> queued) {

    /**
     * A job's work in the bay within the day: from its first clocking on there to its last clocking off, or still
     * running ({@code end} is {@code null}).
     */
    public record Stretch(
            BoardJob job, Instant start, @Nullable Instant end) {

        public boolean running() {
            return end == null;
        }
    }

    /** A job's work in a bay as the time entries of the day hold it. */
    record Worked(RepairOrderId order, int line, BayId bay, Instant start, Instant end) {}

    /** The jobs running in the bay now. */
    public List<BoardJob> running() {
        return stretches.stream().filter(Stretch::running).map(Stretch::job).toList();
    }

    /** More than one car's job runs in the bay at once. */
    public boolean conflict() {
        return running().stream().map(BoardJob::vehicle).distinct().count() > 1;
    }

    /** How many cars' jobs run in the bay now. */
    public long carsRunning() {
        return running().stream().map(BoardJob::vehicle).distinct().count();
    }

    /**
     * Each bay's day from the day's jobs and the work clocked in the bays: every active bay, and an inactive one that
     * has a job that day.
     */
    static List<BayDay> of(List<Bay> bays, List<BoardJob> jobs, List<Worked> worked) {
        Map<String, BoardJob> byLine = new HashMap<>();
        jobs.forEach(job -> byLine.put(key(job.order(), job.line()), job));
        Map<BayId, List<Stretch>> stretches = new HashMap<>();
        Map<String, Instant> runningSince = new HashMap<>();
        for (Worked work : worked) {
            BoardJob job = byLine.get(key(work.order(), work.line()));
            if (job == null) {
                continue;
            }
            if (job.running() && work.bay().equals(job.bay())) {
                // resumed in the same bay: the stretch runs from the first clocking on in it
                runningSince.put(key(job.order(), job.line()), work.start());
                continue;
            }
            stretches
                    .computeIfAbsent(work.bay(), bay -> new ArrayList<>())
                    .add(new Stretch(job, work.start(), work.end()));
        }
        Map<BayId, List<BoardJob>> queued = new HashMap<>();
        for (BoardJob job : jobs) {
            BayId bay = job.bay();
            if (bay == null) {
                continue;
            }
            if (job.running()) {
                Instant clockedOn = Objects.requireNonNull(job.clockedOnAt());
                Instant since = runningSince.getOrDefault(key(job.order(), job.line()), clockedOn);
                stretches
                        .computeIfAbsent(bay, b -> new ArrayList<>())
                        .add(new Stretch(job, since.isBefore(clockedOn) ? since : clockedOn, null));
            } else if (job.dispatchable()) {
                queued.computeIfAbsent(bay, b -> new ArrayList<>()).add(job);
            }
        }
        List<BayDay> days = new ArrayList<>();
        for (Bay bay : bays) {
            List<Stretch> in = new ArrayList<>(stretches.getOrDefault(bay.id(), List.of()));
            in.sort(Comparator.comparing(Stretch::start));
            List<BoardJob> waiting = new ArrayList<>(queued.getOrDefault(bay.id(), List.of()));
            waiting.sort(
                    Comparator.comparing((BoardJob job) -> job.promisedAt() == null ? Instant.MAX : job.promisedAt()));
            if (bay.active() || !in.isEmpty() || !waiting.isEmpty()) {
                days.add(new BayDay(bay, List.copyOf(in), List.copyOf(waiting)));
            }
        }
        return days;
    }

    private static String key(RepairOrderId order, int line) {
        return order.value() + "-" + line;
    }
}
