package shinrai.complaint;

import java.time.Instant;
import shinrai.dealer.StaffId;

/** One entry of the contact log: who spoke with the customer, when, how, and what was said. Never changed. */
public record ContactEntry(
        int number, ContactChannel channel, String said, Instant contactedAt, StaffId recordedBy, Instant recordedAt) {}
