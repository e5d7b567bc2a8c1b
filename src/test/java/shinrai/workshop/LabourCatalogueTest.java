package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;

/** Operations are looked up on every labour line, so each instance remembers them, and never serves a change late. */
@ApplicationTest
class LabourCatalogueTest {

    static final long D001 = 1;
    static final long D002 = 2;

    @Autowired
    LabourCatalogue labour;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void anOperationSavedHereIsOfferedAtItsNewHoursAtOnceAndOnlyAtItsOwnDealer() {
        DealerScope d002 = DealerScope.systemFor(D002);
        d002.run(() ->
                labour.save(new LabourOperation("T-ROT", "轮胎换位", WorkType.MAINTENANCE, new BigDecimal("0.40"), true)));
        assertThat(d002.call(() -> labour.offered("t-rot").standardHours())).isEqualByComparingTo("0.40");

        d002.run(() ->
                labour.save(new LabourOperation("T-ROT", "轮胎换位", WorkType.MAINTENANCE, new BigDecimal("0.50"), true)));

        assertThat(d002.call(() -> labour.offered("T-ROT").standardHours())).isEqualByComparingTo("0.50");
        assertThat(DealerScope.systemFor(D001).call(() -> labour.find("T-ROT"))).isEmpty();
    }

    @Test
    void anOperationChangedOutsideThisInstanceIsReadWithinAMoment() {
        DealerScope d001 = DealerScope.systemFor(D001);
        d001.run(() ->
                labour.save(new LabourOperation("W-ALN", "四轮定位", WorkType.MECHANICAL, new BigDecimal("1.00"), true)));
        assertThat(d001.call(() -> labour.offered("W-ALN").standardHours()))
                .as("read once, and remembered")
                .isEqualByComparingTo("1.00");

        // as another instance of the application, or an operator with psql, would
        JdbcClient.create(owner)
                .sql(
                        "UPDATE workshop.labour_operation SET standard_hours = 1.20 WHERE dealer_id = 1 AND code = 'W-ALN'")
                .update();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (d001.call(() -> labour.offered("W-ALN").standardHours()).compareTo(new BigDecimal("1.20")) != 0
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(d001.call(() -> labour.offered("W-ALN").standardHours())).isEqualByComparingTo("1.20");
    }
}
