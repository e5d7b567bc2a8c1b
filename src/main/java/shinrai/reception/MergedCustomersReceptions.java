package shinrai.reception;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.customer.CustomersMerged;

/**
 * A merge moves the duplicate's receptions to the survivor, in the merge's own transaction. The runtime role may
 * update only this column of a reception; what was recorded at the car stays as it was.
 */
@Component
class MergedCustomersReceptions {

    private final JdbcClient jdbc;

    MergedCustomersReceptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql("""
                        UPDATE reception.reception SET customer_id = :to
                        WHERE dealer_id = :dealer AND customer_id = :from""")
                .param("dealer", merged.dealerId())
                .param("from", merged.duplicateId())
                .param("to", merged.survivorId())
                .update();
    }
}
