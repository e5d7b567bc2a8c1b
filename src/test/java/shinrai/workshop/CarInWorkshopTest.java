package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.vehicle.VehicleId;

/** A promise is flagged before it is missed: when the jobs left and the handover no longer fit before it. */
class CarInWorkshopTest {

    static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");
    static final Instant IN_TWO_HOURS = NOW.plusSeconds(2 * 3600);

    @Test
    void twoHoursOfJobsLeftAndTheHandoverDoNotFitInTwoHours() {
        assertThat(car(RepairOrderStatus.IN_REPAIR, "2.0").atRisk(NOW)).isTrue();
    }

    @Test
    void oneHourOfJobsLeftAndTheHandoverFit() {
        CarInWorkshop car = car(RepairOrderStatus.IN_REPAIR, "1.0");
        assertThat(car.atRisk(NOW)).isFalse();
        assertThat(car.late(NOW)).isFalse();
    }

    @Test
    void aPromisePassedIsLateRatherThanAtRisk() {
        CarInWorkshop car = car(RepairOrderStatus.IN_REPAIR, "0.5");
        assertThat(car.late(IN_TWO_HOURS.plusSeconds(60))).isTrue();
        assertThat(car.atRisk(IN_TWO_HOURS.plusSeconds(60))).isFalse();
    }

    @Test
    void aCarThatPassedItsFinalCheckIsNotAtRisk() {
        assertThat(car(RepairOrderStatus.QC_PASSED, "0").atRisk(IN_TWO_HOURS.minusSeconds(600)))
                .isFalse();
    }

    private static CarInWorkshop car(RepairOrderStatus status, String hoursLeft) {
        return new CarInWorkshop(
                new RepairOrderSummary(
                        new RepairOrderId(1),
                        "RO20261202-0001",
                        new CustomerId(2),
                        new VehicleId(3),
                        new StaffId(4),
                        null,
                        "",
                        null,
                        status,
                        NOW.minusSeconds(3600),
                        IN_TWO_HOURS),
                new BigDecimal(hoursLeft));
    }
}
