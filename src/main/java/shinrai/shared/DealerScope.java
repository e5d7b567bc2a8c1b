package shinrai.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose data the current unit of work may see and change. The database enforces it: every connection the
 * application borrows carries this scope, and row-level security keyed on {@code dealer_id} does the rest.
 *
 * @param userId the acting staff member, or {@code null} for system work
 * @param username the acting staff member's username, recorded in the audit log
 * @param dealerId the dealer whose rows may be read and written; {@code null} for network-wide read-only work
 * @param networkId the network whose dealers may be read when {@code dealerId} is {@code null}
 */
public record DealerScope(
        @Nullable Long userId,
        @Nullable String username,
        @Nullable Long dealerId,
        @Nullable Long networkId) {

    /** No user signed in: the database shows no business rows at all. */
    public static final DealerScope NONE = new DealerScope(null, null, null, null);

    private static final ThreadLocal<DealerScope> OVERRIDE = new ThreadLocal<>();

    /** Work done by the system itself (seeding, nightly jobs) on behalf of one dealer. */
    public static DealerScope systemFor(long dealerId) {
        return new DealerScope(null, null, dealerId, null);
    }

    /** The scope of the running thread: an explicit {@link #callAs} wins over the signed-in user. */
    public static DealerScope current() {
        DealerScope explicit = OVERRIDE.get();
        if (explicit != null) {
            return explicit;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasDealerScope principal) {
            return principal.dealerScope();
        }
        return NONE;
    }

    /** Runs {@code work} in this scope; connections borrowed inside it see only this scope's rows. */
    public <T> T call(Supplier<T> work) {
        DealerScope previous = OVERRIDE.get();
        OVERRIDE.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The dealer the running work acts for, for the {@code dealer_id} of what it writes and the first column of the
     * indexes it reads. Work without one (network-wide reads) is refused as if the record did not exist.
     */
    public static long currentDealer() {
        return current().dealer().orElseThrow(() -> new NotFound("dealer", "-"));
    }

    public Optional<Long> dealer() {
        return Optional.ofNullable(dealerId);
    }

    /** A principal that knows whose data it may touch. */
    public interface HasDealerScope {
        DealerScope dealerScope();
    }
}
