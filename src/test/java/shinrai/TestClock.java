package shinrai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock in every Spring test context: the real time, until a test moves it to a moment of its
 * choosing, where it stands still until moved again. Every test context has one in place of the application's own
 * ({@link TestClockInEveryContext}), so a test moves time without a context of its own; and it is back to the real
 * time after every test method and every test class ({@link TestClockReset}), so no other test sees it moved.
 *
 * <p>A clock taken {@link #withZone in another zone} follows the same moves.
 */
public final class TestClock extends Clock {

    private final AtomicReference<@Nullable Instant> moved;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(), ZoneId.systemDefault());
    }

    private TestClock(AtomicReference<@Nullable Instant> moved, ZoneId zone) {
        this.moved = moved;
        this.zone = zone;
    }

    /** Stops the clock at this moment. */
    public void set(Instant at) {
        moved.set(at);
    }

    /** Stops the clock at this time of this day in this zone (a dealer's day: Shanghai's). */
    public void set(LocalDate day, int hour, int minute, ZoneId in) {
        set(day.atTime(hour, minute).atZone(in).toInstant());
    }

    /** Moves the stopped clock on (or, running, stops it that far ahead of now). */
    public void advance(Duration by) {
        moved.set(instant().plus(by));
    }

    /** Back to the real time. */
    public void reset() {
        moved.set(null);
    }

    /** Whether a test has moved the clock. */
    public boolean isMoved() {
        return moved.get() != null;
    }

    @Override
    public Instant instant() {
        Instant at = moved.get();
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new TestClock(moved, zone);
    }

    @Override
    public String toString() {
        Instant at = moved.get();
        return "TestClock[" + (at == null ? "real time" : "stopped at " + at) + ", " + zone + "]";
    }
}
