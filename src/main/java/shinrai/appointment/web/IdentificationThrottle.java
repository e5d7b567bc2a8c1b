package shinrai.appointment.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The public booking page answers anyone, so trying plate and mobile pairs must not be a way to find out who owns
 * which car. After {@value #FAILURES} failed identifications within {@link #WINDOW} from one address, that address
 * is refused until the window has passed. Kept in memory: one application instance, and a restart forgets.
 *
 * <p>An attempt counts as a failure from the moment it starts, and stops counting only when it identifies a car.
 * Checking the count and recording the failure afterwards would let 40 attempts sent at once all pass the check
 * before the first failure is recorded; claimed up front, in one atomic step per address, at most
 * {@value #FAILURES} of them are ever evaluated.
 */
@Component
class IdentificationThrottle {

    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered at most; beyond it, those without a failure in the window are forgotten first. */
    private static final int ADDRESSES = 10_000;

    /**
     * The starts of the address's attempts in the window, oldest first. Each list is immutable and replaced whole
     * inside {@link ConcurrentHashMap#compute}, so a change and the count it checks are one step.
     */
    private final ConcurrentHashMap<String, List<Instant>> attempts = new ConcurrentHashMap<>();

    private final Clock clock;

    IdentificationThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts an attempt from this address, counted as a failure until {@link Attempt#identified()}; empty when the
     * address has had its {@value #FAILURES} failures in the window and must wait.
     */
    Optional<Attempt> attempt(String address) {
        forgetIdleAddressesIfFull();
        Instant now = clock.instant();
        boolean[] allowed = {false};
        attempts.compute(address, (key, recent) -> {
            List<Instant> kept = inWindow(recent, now);
            if (kept.size() >= FAILURES) {
                return kept;
            }
            allowed[0] = true;
            List<Instant> more = new ArrayList<>(kept);
            more.add(now);
            return List.copyOf(more);
        });
        return allowed[0] ? Optional.of(new Attempt(address, now)) : Optional.empty();
    }

    /** One attempt under way. Unless it identifies a car, it stays counted as a failure. */
    final class Attempt {

        private final String address;
        private final Instant startedAt;

        private Attempt(String address, Instant startedAt) {
            this.address = address;
            this.startedAt = startedAt;
        }

        /**
         * The attempt did not fail: the car was found, or the input was refused as malformed before anything was
         * looked up, which tells nobody anything about whose car is whose.
         */
        void identified() {
            attempts.computeIfPresent(address, (key, recent) -> {
                List<Instant> rest = new ArrayList<>(recent);
                rest.remove(startedAt);
                return rest.isEmpty() ? null : List.copyOf(rest);
            });
        }
    }

    private void forgetIdleAddressesIfFull() {
        if (attempts.size() >= ADDRESSES) {
            Instant now = clock.instant();
            // removes an entry only if it is still the list tested: one replaced meanwhile is kept
            attempts.values().removeIf(recent -> inWindow(recent, now).isEmpty());
        }
    }

    private static List<Instant> inWindow(List<Instant> recent, Instant now) {
        if (recent == null) {
            return List.of();
        }
        Instant since = now.minus(WINDOW);
        return recent.stream().filter(at -> !at.isBefore(since)).toList();
    }
}
