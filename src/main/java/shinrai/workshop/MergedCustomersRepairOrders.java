package shinrai.workshop;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.customer.CustomersMerged;

/** A merge moves the duplicate's repair orders to the survivor, in the merge's own transaction. */
@Component
class MergedCustomersRepairOrders {

    private final JdbcClient jdbc;

    MergedCustomersRepairOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql("""
                        UPDATE workshop.repair_order SET customer_id = :to, version = version + 1
                        WHERE dealer_id = :dealer AND customer_id = :from""")
                .param("dealer", merged.dealerId())
                .param("from", merged.duplicateId())
                .param("to", merged.survivorId())
                .update();
    }
}
