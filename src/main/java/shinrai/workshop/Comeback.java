package shinrai.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;

/**
 * The same job came back (返修): done on the same car on an order delivered within the dealer's window.
 *
 * @param technician who did the job the first time
 */
public record Comeback(
        RepairOrderId originalOrder,
        String originalNumber,
        @Nullable StaffId technician,
        Instant deliveredAt) {}
