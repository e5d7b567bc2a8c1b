package shinrai.appointment;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.DealerScope;
import shinrai.shared.OpenItems;

/** A customer's appointments still to come (or here and not yet received), for their 360° page. */
@Component
class UpcomingAppointments implements OpenItems {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final DealerDirectory dealers;

    UpcomingAppointments(JdbcClient jdbc, DealerDirectory dealers) {
        this.jdbc = jdbc;
        this.dealers = dealers;
    }

    @Override
    public List<OpenItem> of(long customerId) {
        var zone = dealers.current().zone();
        return jdbc.sql("""
                        SELECT id, day, starts_at FROM appointment.appointment
                        WHERE dealer_id = :dealer AND customer_id = :customer AND status IN ('BOOKED', 'ARRIVED')
                        ORDER BY starts_at LIMIT 20""")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .query((rs, n) -> new OpenItem(
                        rs.getTimestamp("starts_at").toInstant(),
                        "openItem.appointment",
                        List.of(WHEN.format(
                                rs.getTimestamp("starts_at").toInstant().atZone(zone))),
                        "/appointments?day=" + rs.getObject("day", java.time.LocalDate.class)))
                .list();
    }
}
