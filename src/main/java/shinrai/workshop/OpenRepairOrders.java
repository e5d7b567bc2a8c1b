package shinrai.workshop;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.shared.DealerScope;
import shinrai.shared.OpenItems;

/** A customer's repair orders not yet delivered, for their 360° page. */
@Component
class OpenRepairOrders implements OpenItems {

    private final JdbcClient jdbc;

    OpenRepairOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenItem> of(long customerId) {
        return jdbc.sql("""
                        SELECT id, number, opened_at FROM workshop.repair_order
                        WHERE dealer_id = :dealer AND customer_id = :customer AND status NOT IN ('DELIVERED', 'SETTLED')
                        ORDER BY opened_at LIMIT 20""")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .query((rs, n) -> new OpenItem(
                        rs.getTimestamp("opened_at").toInstant(),
                        "openItem.repairOrder",
                        List.of(rs.getString("number")),
                        "/repair-orders/" + rs.getLong("id")))
                .list();
    }
}
