package shinrai.vehicle;

import java.time.Instant;

/** One look at the odometer: how far the car had gone, when, and whether the meter had just been replaced. */
public record OdometerReading(int kilometres, Instant readAt, boolean meterReplaced, Source source) {

    public enum Source {
        MANUAL,
        RECEPTION,
        IMPORT,
        API
    }
}
