package shinrai.workshop;

import java.time.Instant;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;

/** Money taken for a bill (or left on account), by the cashier. */
public record Payment(
        int number, PaymentMethod method, Money amount, String reference, StaffId takenBy, Instant takenAt) {}
