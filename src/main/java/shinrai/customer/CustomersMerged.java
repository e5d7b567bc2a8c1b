package shinrai.customer;

import java.time.Instant;

/** A duplicate record was merged into the surviving one; the duplicate stays on file, pointing at the survivor. */
public record CustomersMerged(
        long dealerId, long survivorId, long duplicateId, String duplicateName, Instant occurredAt) {}
