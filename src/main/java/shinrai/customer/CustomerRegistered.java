package shinrai.customer;

/** A new customer was entered in a dealer's customer book. */
public record CustomerRegistered(long dealerId, long customerId, String name, java.time.Instant occurredAt) {}
