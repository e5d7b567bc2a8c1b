package shinrai.dealer.signin;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import shinrai.database.DatabaseNotifications;
import shinrai.dealer.StaffPrincipal;

/**
 * The accounts behind API tokens and web sessions, remembered for {@link #KEPT} so that a request need not ask the
 * database who its caller is, and forgotten at once when an account changes: revocation stays immediate.
 *
 * <p>The database announces every change of an account (trigger {@code announce_account_change}, channel {@value
 * #CHANNEL}) to every instance of the application, whichever instance or whatever SQL made it. A change made by
 * this instance is also forgotten right after its commit, before the announcement can arrive. While announcements
 * are not heard (the listening connection is down), nothing is remembered. A value read before a change and stored
 * after it is never kept: each change moves a counter, and a value is stored only if the counter did not move while
 * it was read.
 */
@Component
public class AccountCache implements DatabaseNotifications.Subscriber {

    static final String CHANNEL = "account_changed";
    static final Duration KEPT = Duration.ofSeconds(30);

    /** Far more than the staff signed in to one instance; reaching it only means starting afresh. */
    private static final int MAX_KEPT = 20_000;

    private record Kept<T>(T value, long untilNanos) {

        boolean fresh() {
            return System.nanoTime() - untilNanos < 0;
        }
    }

    private final DatabaseNotifications notifications;
    private final Map<String, Kept<StaffPrincipal>> accounts = new ConcurrentHashMap<>();
    private final Map<Long, Kept<Long>> accessVersions = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    AccountCache(DatabaseNotifications notifications) {
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, this);
    }

    /** The account signed in under this username, its credentials erased; loaded when not remembered. */
    Optional<StaffPrincipal> account(String username, Function<String, Optional<StaffPrincipal>> load) {
        String key = username.trim().toLowerCase(Locale.ROOT);
        Kept<StaffPrincipal> kept = accounts.get(key);
        if (kept != null && kept.fresh()) {
            return Optional.of(kept.value());
        }
        long before = changes.get();
        Optional<StaffPrincipal> loaded = load.apply(username);
        loaded.ifPresent(account -> {
            account.eraseCredentials();
            keep(accounts, key, account, before);
        });
        return loaded;
    }

    /** The access version of an account that may sign in now; empty once it may not. Loaded when not remembered. */
    Optional<Long> accessVersion(long accountId, LongFunction<Optional<Long>> load) {
        Kept<Long> kept = accessVersions.get(accountId);
        if (kept != null && kept.fresh()) {
            return Optional.of(kept.value());
        }
        long before = changes.get();
        // only versions of accounts that may sign in are kept: a lock-out that runs out moves no version
        Optional<Long> loaded = load.apply(accountId);
        loaded.ifPresent(version -> keep(accessVersions, accountId, version, before));
        return loaded;
    }

    /** Forgets the account once the current transaction commits (at once outside one). */
    public void forgetAfterCommit(long accountId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(accountId);
                }
            });
        } else {
            forget(accountId);
        }
    }

    @Override
    public void notified(String payload) {
        try {
            forget(Long.parseLong(payload));
        } catch (NumberFormatException notAnId) {
            missedSome();
        }
    }

    @Override
    public void missedSome() {
        changes.incrementAndGet();
        accounts.clear();
        accessVersions.clear();
    }

    void forget(long accountId) {
        changes.incrementAndGet();
        accessVersions.remove(accountId);
        accounts.values().removeIf(kept -> kept.value().id() == accountId);
    }

    private <K, V> void keep(Map<K, Kept<V>> kept, K key, V value, long changesBefore) {
        if (!notifications.listening()) {
            return;
        }
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept<>(value, System.nanoTime() + KEPT.toNanos()));
        if (changes.get() != changesBefore) {
            // a change came while the value was read, or while it was stored: it may be the old one
            kept.remove(key);
        }
    }
}
