package shinrai.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.shared.CustomerTimelineEvent;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleOwnerChanged;
import shinrai.vehicle.VehicleRegistered;

/**
 * Everything that happened with a customer, newest first. Other modules do not write here: they publish events.
 * The service lane's {@link CustomerTimelineEvent}s are written in the publisher's transaction. Registrations,
 * ownership changes and merges are listened to after their transaction commits, through the event publication log,
 * so an entry is retried if appending it fails; those listeners run on another thread: each takes the dealer from
 * the event and sets that scope before opening its transaction, because a transaction's connection carries the scope
 * it was opened with.
 */
@Service
public class CustomerTimeline {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    CustomerTimeline(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Async
    @TransactionalEventListener
    void on(CustomerRegistered registered) {
        inScopeOf(
                registered.dealerId(),
                () -> append(
                        registered.dealerId(),
                        registered.customerId(),
                        registered.occurredAt(),
                        "CUSTOMER",
                        "timeline.registered",
                        ""));
    }

    @Async
    @TransactionalEventListener
    void on(VehicleRegistered registered) {
        inScopeOf(
                registered.dealerId(),
                () -> append(
                        registered.dealerId(),
                        registered.ownerId(),
                        registered.occurredAt(),
                        "VEHICLE",
                        "timeline.vehicleRegistered",
                        "vehicle:" + registered.vehicleId(),
                        registered.description(),
                        registered.vin()));
    }

    @Async
    @TransactionalEventListener
    void on(VehicleOwnerChanged changed) {
        inScopeOf(changed.dealerId(), () -> {
            append(
                    changed.dealerId(),
                    changed.newOwnerId(),
                    changed.occurredAt(),
                    "VEHICLE",
                    "timeline.vehicleReceived",
                    "vehicle:" + changed.vehicleId(),
                    changed.vin());
            if (changed.previousOwnerId() != 0) {
                append(
                        changed.dealerId(),
                        changed.previousOwnerId(),
                        changed.occurredAt(),
                        "VEHICLE",
                        "timeline.vehicleHandedOver",
                        "vehicle:" + changed.vehicleId(),
                        changed.vin());
            }
        });
    }

    @Async
    @TransactionalEventListener
    void on(CustomersMerged merged) {
        inScopeOf(
                merged.dealerId(),
                () -> append(
                        merged.dealerId(),
                        merged.survivorId(),
                        merged.occurredAt(),
                        "CUSTOMER",
                        "timeline.merged",
                        "customer:" + merged.duplicateId(),
                        merged.duplicateName(),
                        String.valueOf(merged.duplicateId())));
    }

    /**
     * What the service lane reports (a booking, a reception, and later calls, messages, complaints and surveys) is
     * written in the publisher's own transaction: the entry commits with the fact it records, and the desk's action
     * costs one commit to flush to disk, not three (the fact, the entry, the publication's completion).
     */
    @EventListener
    void on(CustomerTimelineEvent event) {
        if (event.dealerId() != DealerScope.currentDealer()) {
            throw new IllegalStateException("A timeline entry of dealer " + event.dealerId()
                    + " published in the scope of dealer " + DealerScope.currentDealer());
        }
        append(
                event.dealerId(),
                event.customerId(),
                event.occurredAt(),
                event.kind(),
                event.summaryKey(),
                event.reference(),
                event.arguments().toArray(String[]::new));
    }

    /** The newest entries of a customer's timeline. */
    @Transactional(readOnly = true)
    public List<Entry> recent(long customerId, int limit) {
        return jdbc.sql("""
                        SELECT occurred_at, kind, summary_key, arguments, reference FROM customer.timeline_entry
                        WHERE customer_id = :customer ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
                .param("customer", customerId)
                .param("limit", limit)
                .query((rs, row) -> new Entry(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("summary_key"),
                        Arrays.asList((Object[]) rs.getArray("arguments").getArray()),
                        rs.getString("reference")))
                .list();
    }

    /** Entries move with the customer when duplicates are merged. */
    @Transactional
    void moveAll(long fromCustomerId, long toCustomerId) {
        jdbc.sql("UPDATE customer.timeline_entry SET customer_id = :to WHERE customer_id = :from")
                .param("to", toCustomerId)
                .param("from", fromCustomerId)
                .update();
    }

    private void inScopeOf(long dealerId, Runnable work) {
        DealerScope.systemFor(dealerId).run(() -> transactions.executeWithoutResult(status -> work.run()));
    }

    void append(
            long dealerId,
            long customerId,
            Instant occurredAt,
            String kind,
            String summaryKey,
            String reference,
            String... arguments) {
        jdbc.sql("""
                        INSERT INTO customer.timeline_entry
                            (dealer_id, customer_id, occurred_at, kind, summary_key, arguments, reference)
                        VALUES (:dealer, :customer, :at, :kind, :key, :arguments, :reference)""")
                .param("dealer", dealerId)
                .param("customer", customerId)
                .param("at", Timestamp.from(occurredAt))
                .param("kind", kind)
                .param("key", summaryKey)
                .param("arguments", arguments, java.sql.Types.ARRAY)
                .param("reference", reference)
                .update();
    }

    /**
     * The same kind of entry for many customers in one statement, each with its own arguments (in the order of
     * the customers), all at one moment and referring to nothing: what an import batch writes.
     */
    void appendAll(
            long dealerId,
            Instant occurredAt,
            String kind,
            String summaryKey,
            List<Long> customerIds,
            List<List<String>> arguments) {
        if (customerIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO customer.timeline_entry
                            (dealer_id, customer_id, occurred_at, kind, summary_key, arguments, reference)
                        SELECT :dealer, customer_id, :at, :kind, :key, CAST(arguments AS text[]), ''
                        FROM unnest(CAST(:customers AS bigint[]), CAST(:arguments AS text[]))
                            WITH ORDINALITY AS e(customer_id, arguments, n)
                        ORDER BY n""")
                .param("dealer", dealerId)
                .param("at", Timestamp.from(occurredAt))
                .param("kind", kind)
                .param("key", summaryKey)
                .param("customers", customerIds.toArray(Long[]::new), java.sql.Types.ARRAY)
                .param(
                        "arguments",
                        arguments.stream().map(TextArrayLiteral::of).toArray(String[]::new),
                        java.sql.Types.ARRAY)
                .update();
    }

    /** One thing that happened; the summary is a message key with its arguments, shown in the reader's language. */
    public record Entry(Instant occurredAt, String kind, String summaryKey, List<Object> arguments, String reference) {}
}
