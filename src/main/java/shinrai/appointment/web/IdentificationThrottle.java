package shinrai.appointment.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The public booking page answers anyone, so trying plate and mobile pairs must not be a way to find out who owns
 * which car. After {@value #FAILURES} failed identifications within {@link #WINDOW} from one address, that address
 * is refused until the window has passed. Kept in memory: one application instance, and a restart forgets.
 */
@Component
class IdentificationThrottle {

    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered at most; beyond it, those without a failure in the window are forgotten first. */
    private static final int ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    IdentificationThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean refuses(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= FAILURES;
        }
    }

    void failed(String address) {
        if (failures.size() >= ADDRESSES) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    prune(recent);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            prune(recent);
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }
}
