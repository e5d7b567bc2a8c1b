package shinrai.reception;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;

/** Cars in (进厂台次): the cars reception took in over a range of the dealer's days, by the advisor who took them. */
@Service
@Transactional(readOnly = true)
public class CarsIn {

    private final JdbcClient jdbc;
    private final DealerDirectory dealers;

    CarsIn(JdbcClient jdbc, DealerDirectory dealers) {
        this.jdbc = jdbc;
        this.dealers = dealers;
    }

    /** The receptions from {@code first} to {@code last}, both included, counted per advisor. */
    public List<ByAdvisor> byAdvisor(LocalDate first, LocalDate last) {
        ZoneId zone = dealers.current().zone();
        return jdbc.sql("""
                        SELECT advisor_id, count(*) AS cars
                        FROM reception.reception
                        WHERE dealer_id = :dealer AND received_at >= :from AND received_at < :to
                        GROUP BY advisor_id ORDER BY advisor_id
                        """)
                .param("dealer", DealerScope.currentDealer())
                .param("from", Timestamp.from(first.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(last.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new ByAdvisor(new StaffId(rs.getLong("advisor_id")), rs.getLong("cars")))
                .list();
    }

    public record ByAdvisor(StaffId advisor, long cars) {}
}
