package shinrai.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleId;

/**
 * The workshop floor as the foreman's dispatch board (派工看板) and the technician's phone page (我的工单) read it:
 * every job on the cars in the workshop now, and every job worked on during the day even if its car has gone home
 * since, each with the day's clocked time, in one statement; and the bays with the jobs in them, in two more.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopBoard {

    /**
     * The jobs to show: labour lines of orders not yet delivered (the partial index of orders in the workshop finds
     * them), and lines clocked on within the day (time_entry_by_day). Each line's time entries are summed through the
     * primary key of time_entry, which leads with the line.
     */
    private static final String JOBS = """
            WITH wanted AS (
                SELECT l.repair_order_id, l.line_no
                FROM workshop.repair_order o
                JOIN workshop.repair_order_line l ON l.dealer_id = o.dealer_id AND l.repair_order_id = o.id
                WHERE o.dealer_id = :dealer AND o.status NOT IN ('DELIVERED', 'SETTLED')
                  AND l.kind = 'LABOUR' AND l.approval <> 'DECLINED'
                UNION
                SELECT e.repair_order_id, e.line_no
                FROM workshop.time_entry e
                WHERE e.dealer_id = :dealer AND e.ended_at >= CAST(:from AS timestamptz)
                  AND e.started_at < CAST(:to AS timestamptz)
            )
            SELECT o.id, o.number, o.version, o.status, o.vehicle_id, o.customer_words, o.diagnosis, o.promised_at,
                   l.line_no, l.description, l.reason, l.quantity, l.approval, l.supplement, l.job, l.technician_id,
                   l.bay_id, l.pause_reason, l.clocked_on_at, l.clocked_seconds, l.reworks,
                   t.first_today, t.last_today, t.last_end, t.by_assignee, t.by_assignee_today
            FROM wanted w
            JOIN workshop.repair_order_line l
              ON l.dealer_id = :dealer AND l.repair_order_id = w.repair_order_id AND l.line_no = w.line_no
            JOIN workshop.repair_order o ON o.dealer_id = :dealer AND o.id = w.repair_order_id
            LEFT JOIN LATERAL (
                SELECT min(e.started_at) FILTER (WHERE e.ended_at >= CAST(:from AS timestamptz)) AS first_today,
                       max(e.ended_at) FILTER (WHERE e.ended_at >= CAST(:from AS timestamptz)) AS last_today,
                       max(e.ended_at) AS last_end,
                       coalesce(sum(extract(EPOCH FROM e.ended_at - e.started_at))
                           FILTER (WHERE e.technician_id = l.technician_id), 0)::bigint AS by_assignee,
                       coalesce(sum(extract(EPOCH FROM least(e.ended_at, CAST(:to AS timestamptz))
                                                      - greatest(e.started_at, CAST(:from AS timestamptz))))
                           FILTER (WHERE e.technician_id = l.technician_id
                                     AND e.ended_at >= CAST(:from AS timestamptz)), 0)::bigint AS by_assignee_today
                FROM workshop.time_entry e
                WHERE e.dealer_id = l.dealer_id AND e.repair_order_id = l.repair_order_id AND e.line_no = l.line_no
                  AND e.started_at < CAST(:to AS timestamptz)
            ) t ON true
            WHERE l.kind = 'LABOUR' AND l.approval <> 'DECLINED'
            """;

    /**
     * Each job's work in each bay within the day: from its first clocking on there to its last clocking off, found
     * through time_entry_by_day like the jobs themselves; the latest, as many as a floor of {@link #MOST_SHOWN} jobs
     * can have worked on (its done jobs are the latest too).
     */
    private static final String BAY_STRETCHES = """
            SELECT e.repair_order_id, e.line_no, e.bay_id, min(e.started_at) AS first_start, max(e.ended_at) AS last_end
            FROM workshop.time_entry e
            WHERE e.dealer_id = :dealer AND e.bay_id IS NOT NULL AND e.ended_at >= CAST(:from AS timestamptz)
              AND e.started_at < CAST(:to AS timestamptz)
            GROUP BY e.repair_order_id, e.line_no, e.bay_id
            ORDER BY max(e.ended_at) DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;
    private final Bays bays;

    WorkshopBoard(JdbcClient jdbc, Bays bays) {
        this.jdbc = jdbc;
        this.bays = bays;
    }

    /**
     * The most jobs a board shows: far more than the busiest workshop works in a day (150 cars of three jobs each), so
     * only a dealer whose old orders were never closed meets it; the page and the API then say that some are left out.
     */
    public static final int MOST_SHOWN = 1_000;

    /** What the board shows first when there is more than it shows: the work still to do, then the latest done. */
    private static final String FIRST_SHOWN =
            " ORDER BY (l.job = 'DONE'), CASE WHEN l.job = 'DONE' THEN t.last_today END DESC NULLS LAST,"
                    + " o.promised_at NULLS LAST, o.number, l.line_no LIMIT :limit";

    /**
     * The jobs on the floor within one day, at most {@link #MOST_SHOWN}.
     *
     * @param complete whether these are all of them
     */
    public record Floor(List<BoardJob> jobs, boolean complete) {

        static Floor of(List<BoardJob> found) {
            return found.size() > MOST_SHOWN
                    ? new Floor(List.copyOf(found.subList(0, MOST_SHOWN)), false)
                    : new Floor(List.copyOf(found), true);
        }
    }

    /**
     * Every job on the floor within {@code [from, to)} (the dealer's working day): the jobs of the cars in the
     * workshop, waiting, dispatched, running, paused or done, and the jobs finished that day on cars since delivered;
     * when there are more than {@link #MOST_SHOWN}, the work still to do by promised time and then the latest done.
     * Proposed supplements are left out: nobody may work on them yet.
     */
    public Floor floor(Instant from, Instant to) {
        return Floor.of(jdbc.sql(JOBS + " AND l.approval = 'APPROVED'" + FIRST_SHOWN)
                .param("dealer", DealerScope.currentDealer())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", MOST_SHOWN + 1)
                .query(WorkshopBoard::row)
                .list());
    }

    /**
     * The jobs given to {@code technician} that are still to be done or were worked on within {@code [from, to)},
     * and the supplements proposed on the same cars that the customer has not approved yet (shown, so the technician
     * knows why they cannot start them). Finished jobs of earlier days are left out; at most {@link #MOST_SHOWN}, the
     * running one first, the done ones last.
     */
    public List<BoardJob> jobsOf(StaffId technician, Instant from, Instant to) {
        return jdbc.sql(JOBS + """
                         AND (l.technician_id = :technician AND (l.job <> 'DONE' OR t.last_today IS NOT NULL)
                              OR l.approval = 'PROPOSED' AND o.status NOT IN ('DELIVERED', 'SETTLED') AND EXISTS (
                                  SELECT 1 FROM workshop.repair_order_line mine
                                  WHERE mine.dealer_id = l.dealer_id AND mine.repair_order_id = l.repair_order_id
                                    AND mine.technician_id = :technician AND mine.job <> 'DONE'))
                        ORDER BY CASE l.job WHEN 'IN_PROGRESS' THEN 0 WHEN 'DONE' THEN 2 ELSE 1 END,
                                 o.promised_at NULLS LAST, o.number, l.line_no
                        LIMIT :limit""")
                .param("dealer", DealerScope.currentDealer())
                .param("technician", technician.value())
                .param("limit", MOST_SHOWN)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(WorkshopBoard::row)
                .list();
    }

    /**
     * The bays' day within {@code [from, to)} for the {@link #floor} of the same day: which jobs were worked in each,
     * which run there now, which wait for it. Every active bay is listed, and an inactive one that still has a job
     * that day. Two statements, however many bays and jobs.
     */
    public List<BayDay> bays(Floor floor, Instant from, Instant to) {
        List<BayDay.Worked> worked = jdbc.sql(BAY_STRETCHES)
                .param("dealer", DealerScope.currentDealer())
                .param("limit", 4 * MOST_SHOWN)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new BayDay.Worked(
                        new RepairOrderId(rs.getLong("repair_order_id")),
                        rs.getInt("line_no"),
                        new BayId(rs.getLong("bay_id")),
                        rs.getTimestamp("first_start").toInstant(),
                        rs.getTimestamp("last_end").toInstant()))
                .list();
        return BayDay.of(bays.all(), floor.jobs(), worked);
    }

    private static BoardJob row(ResultSet rs, int n) throws SQLException {
        Long technician = rs.getObject("technician_id", Long.class);
        Long bay = rs.getObject("bay_id", Long.class);
        String pause = rs.getString("pause_reason");
        return new BoardJob(
                new RepairOrderId(rs.getLong("id")),
                rs.getString("number"),
                rs.getInt("version"),
                RepairOrderStatus.valueOf(rs.getString("status")),
                new VehicleId(rs.getLong("vehicle_id")),
                rs.getString("customer_words"),
                rs.getString("diagnosis"),
                instant(rs, "promised_at"),
                rs.getInt("line_no"),
                rs.getString("description"),
                rs.getString("reason"),
                rs.getBigDecimal("quantity"),
                LineApproval.valueOf(rs.getString("approval")),
                rs.getBoolean("supplement"),
                JobStatus.valueOf(rs.getString("job")),
                technician == null ? null : new StaffId(technician),
                bay == null ? null : new BayId(bay),
                pause == null ? null : PauseReason.valueOf(pause),
                instant(rs, "clocked_on_at"),
                rs.getLong("clocked_seconds"),
                rs.getInt("reworks"),
                instant(rs, "first_today"),
                instant(rs, "last_today"),
                instant(rs, "last_end"),
                rs.getLong("by_assignee"),
                rs.getLong("by_assignee_today"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
