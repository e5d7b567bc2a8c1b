package shinrai.appointment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;

/**
 * Bookings kept against booked, for reports: the appointments of a range of days that were not cancelled, and of
 * them those whose car arrived (arrived or already received). A car still expected or a no-show is booked, not kept.
 */
@Service
@Transactional(readOnly = true)
public class BookingsKept {

    private final JdbcClient jdbc;

    BookingsKept(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The appointments from {@code first} to {@code last}, both included, counted per advisor. */
    public List<ByAdvisor> byAdvisor(LocalDate first, LocalDate last) {
        return jdbc.sql("""
                        SELECT advisor_id, count(*) AS booked,
                               count(*) FILTER (WHERE status IN ('ARRIVED', 'RECEIVED')) AS kept
                        FROM appointment.appointment
                        WHERE dealer_id = :dealer AND day BETWEEN :first AND :last AND status <> 'CANCELLED'
                        GROUP BY advisor_id ORDER BY advisor_id
                        """)
                .param("dealer", DealerScope.currentDealer())
                .param("first", first)
                .param("last", last)
                .query((rs, n) ->
                        new ByAdvisor(new StaffId(rs.getLong("advisor_id")), rs.getLong("booked"), rs.getLong("kept")))
                .list();
    }

    public record ByAdvisor(StaffId advisor, long booked, long kept) {}
}
