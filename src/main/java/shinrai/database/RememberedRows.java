package shinrai.database;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database, remembered for a short time and forgotten as soon as the database announces that
 * their rows changed ({@link DatabaseNotifications}): what a request would otherwise read again and again (who is
 * signed in, their dealer) without ever serving a change late.
 *
 * <p>Nothing is remembered while announcements are not heard (the listening connection is down). A value read before
 * a change and stored after it is never kept: each change moves a counter, and a value is kept only if the counter
 * did not move while it was read. The owner subscribes to the channel and calls {@link #forget} or {@link
 * #forgetAll} from its subscriber, or takes rows kept {@link #perDealer} that subscribe themselves.
 */
public final class RememberedRows<K, V> {

    private record Kept<T>(T value, long untilNanos) {

        boolean fresh() {
            return System.nanoTime() - untilNanos < 0;
        }
    }

    private final DatabaseNotifications notifications;
    private final Duration kept;
    private final int maxKept;
    private final Map<K, Kept<V>> values = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param kept how long a value is trusted without an announcement (a safety net, not the way changes arrive)
     * @param maxKept far more than one instance needs; reaching it only means starting afresh
     */
    public RememberedRows(DatabaseNotifications notifications, Duration kept, int maxKept) {
        this.notifications = notifications;
        this.kept = kept;
        this.maxKept = maxKept;
    }

    /**
     * Values kept per dealer, forgotten when the database announces a change on the channel with the dealer's id as
     * payload (any other payload, or announcements missed, forget every dealer's).
     */
    public static <V> RememberedRows<Long, V> perDealer(
            DatabaseNotifications notifications, String channel, Duration kept, int maxKept) {
        RememberedRows<Long, V> rows = new RememberedRows<>(notifications, kept, maxKept);
        rows.forgetOn(notifications, channel, payload -> {
            try {
                rows.forget(Long.parseLong(payload));
            } catch (NumberFormatException notADealer) {
                rows.forgetAll();
            }
        });
        return rows;
    }

    /**
     * Values forgotten, all of them, whenever the database announces any change on the channel: for what is read
     * often and changed rarely, keyed otherwise than the announcements are.
     */
    public static <K, V> RememberedRows<K, V> forgottenOnAnyChange(
            DatabaseNotifications notifications, String channel, Duration kept, int maxKept) {
        RememberedRows<K, V> rows = new RememberedRows<>(notifications, kept, maxKept);
        rows.forgetOn(notifications, channel, payload -> rows.forgetAll());
        return rows;
    }

    private void forgetOn(DatabaseNotifications notifications, String channel, Consumer<String> forgetting) {
        notifications.subscribe(channel, new DatabaseNotifications.Subscriber() {
            @Override
            public void notified(String payload) {
                forgetting.accept(payload);
            }

            @Override
            public void missedSome() {
                forgetAll();
            }
        });
    }

    /** The value remembered under the key, or what {@code load} reads (remembered if present). */
    public Optional<V> get(K key, Function<K, Optional<V>> load) {
        Kept<V> found = values.get(key);
        if (found != null && found.fresh()) {
            return Optional.of(found.value());
        }
        long before = changes.get();
        Optional<V> loaded = load.apply(key);
        loaded.ifPresent(value -> keep(key, value, before));
        return loaded;
    }

    /**
     * Forgets the key once the current transaction ends, committed or not (at once outside one): a change this
     * instance makes is forgotten here before the database's announcement of it can arrive.
     */
    public void forgetAfterTransaction(K key) {
        afterTransaction(() -> forget(key));
    }

    /** {@link #forgetAll} once the current transaction ends (at once outside one). */
    public void forgetAllAfterTransaction() {
        afterTransaction(this::forgetAll);
    }

    /** {@link #forgetIf} once the current transaction ends (at once outside one). */
    public void forgetIfAfterTransaction(Predicate<V> changed) {
        afterTransaction(() -> forgetIf(changed));
    }

    public void forget(K key) {
        changes.incrementAndGet();
        values.remove(key);
    }

    /** Forgets the values that match, whatever their key. */
    public void forgetIf(Predicate<V> changed) {
        changes.incrementAndGet();
        values.values().removeIf(found -> changed.test(found.value()));
    }

    public void forgetAll() {
        changes.incrementAndGet();
        values.clear();
    }

    private static void afterTransaction(Runnable forgetting) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forgetting.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                forgetting.run();
            }
        });
    }

    private void keep(K key, V value, long changesBefore) {
        if (!notifications.listening()) {
            return;
        }
        if (values.size() >= maxKept) {
            values.clear();
        }
        values.put(key, new Kept<>(value, System.nanoTime() + kept.toNanos()));
        if (changes.get() != changesBefore) {
            // a change came while the value was read, or while it was stored: it may be the old one
            values.remove(key);
        }
    }
}
