package shinrai.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleId;

/**
 * Work a customer declined on an earlier visit and has not had done since: offered again at reception and shown on
 * the customer's page.
 *
 * @param declinedAt when the customer's decision was recorded
 */
public record DeclinedWork(
        RepairOrderId repairOrder,
        String repairOrderNumber,
        VehicleId vehicle,
        String description,
        @Nullable String code,
        String reason,
        Money amount,
        Instant declinedAt) {}
