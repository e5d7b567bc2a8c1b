package shinrai.dealer.signin;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;
import shinrai.database.DatabaseNotifications;
import shinrai.database.RememberedRows;
import shinrai.dealer.StaffPrincipal;

/**
 * The accounts behind API tokens and web sessions, remembered for {@link #KEPT} so that a request need not ask the
 * database who its caller is, and forgotten at once when an account changes: revocation stays immediate.
 *
 * <p>The database announces every change of an account (trigger {@code announce_account_change}, channel {@value
 * #CHANNEL}) to every instance of the application, whichever instance or whatever SQL made it. A change made by
 * this instance is also forgotten right after its commit, before the announcement can arrive. While announcements
 * are not heard (the listening connection is down), nothing is remembered ({@link RememberedRows}).
 */
@Component
public class AccountCache implements DatabaseNotifications.Subscriber {

    /** Where the database announces each change of an account, the account's id as payload. */
    public static final String CHANNEL = "account_changed";

    static final Duration KEPT = Duration.ofSeconds(30);

    /** Far more than the staff signed in to one instance. */
    private static final int MAX_KEPT = 20_000;

    private final RememberedRows<String, StaffPrincipal> accounts;
    private final RememberedRows<Long, Long> accessVersions;

    AccountCache(DatabaseNotifications notifications) {
        this.accounts = new RememberedRows<>(notifications, KEPT, MAX_KEPT);
        this.accessVersions = new RememberedRows<>(notifications, KEPT, MAX_KEPT);
        notifications.subscribe(CHANNEL, this);
    }

    /** The account signed in under this username, its credentials erased; loaded when not remembered. */
    Optional<StaffPrincipal> account(String username, Function<String, Optional<StaffPrincipal>> load) {
        return accounts.get(
                username.trim().toLowerCase(Locale.ROOT),
                key -> load.apply(username).map(account -> {
                    account.eraseCredentials();
                    return account;
                }));
    }

    /** The access version of an account that may sign in now; empty once it may not. Loaded when not remembered. */
    Optional<Long> accessVersion(long accountId, LongFunction<Optional<Long>> load) {
        // only versions of accounts that may sign in are kept: a lock-out that runs out moves no version
        return accessVersions.get(accountId, load::apply);
    }

    /** Forgets the account once the current transaction ends (at once outside one). */
    public void forgetAfterCommit(long accountId) {
        accessVersions.forgetAfterTransaction(accountId);
        accounts.forgetIfAfterTransaction(account -> account.id() == accountId);
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
        accounts.forgetAll();
        accessVersions.forgetAll();
    }

    void forget(long accountId) {
        accessVersions.forget(accountId);
        accounts.forgetIf(account -> account.id() == accountId);
    }
}
