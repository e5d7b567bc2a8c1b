package shinrai.workshop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The repair orders steps were last taken on, as they were saved, so the next step on one starts from memory instead
 * of reading the order again: a car's steps come in turns (the desk, the foreman, the technician's phone, the
 * inspector, the cashier), each on the version the one before saved.
 *
 * <p>A remembered order is used only for the version the step expects, and the save's {@code WHERE version = ?}
 * refuses it if anyone saved the order meanwhile, on this server or another ({@link RepairOrders#save}); so memory
 * never decides what the order is, it only saves the read. Only what a transaction committed is remembered, each
 * taker gets its own copy, and the least recently used orders are forgotten past {@link #MOST} (a few kilobytes
 * each), so memory stays bounded whatever the network's size.
 */
@Component
class RememberedRepairOrders {

    static final int MOST = 5_000;

    private record Key(long dealer, long order) {}

    private final Map<Key, RepairOrder> orders = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, RepairOrder> eldest) {
            return size() > MOST;
        }
    };

    /** A copy of the dealer's order if it is remembered at this version. */
    Optional<RepairOrder> at(long dealer, RepairOrderId id, int version) {
        RepairOrder remembered;
        synchronized (orders) {
            remembered = orders.get(new Key(dealer, id.value()));
        }
        return remembered != null && remembered.version() == version
                ? Optional.of(remembered.copy())
                : Optional.empty();
    }

    /** Remembers the order as it stands now once the transaction saving it commits; forgets it if it rolls back. */
    void rememberOnCommit(RepairOrder saved) {
        RepairOrder copy = saved.copy();
        Key key = new Key(copy.dealerId(), copy.id().value());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            remember(key, copy);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    remember(key, copy);
                } else {
                    forget(key);
                }
            }
        });
    }

    private void remember(Key key, RepairOrder order) {
        synchronized (orders) {
            RepairOrder known = orders.get(key);
            // two servers' or threads' commits may arrive out of turn: the newer version stays
            if (known == null || known.version() < order.version()) {
                orders.put(key, order);
            }
        }
    }

    private void forget(Key key) {
        synchronized (orders) {
            orders.remove(key);
        }
    }
}
