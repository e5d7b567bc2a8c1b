package shinrai.workshop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A workshop bay's id: a technician's or a repair order's id cannot be passed where this one is wanted. */
public record BayId(@JsonValue long value) {

    public BayId {
        if (value <= 0) {
            throw new IllegalArgumentException("A bay id is positive: " + value);
        }
    }

    @JsonCreator
    public static BayId of(long value) {
        return new BayId(value);
    }

    /** The id a page or API path asks for: one that cannot exist is a bay not found, not a crash. */
    public static BayId asked(long value) {
        if (value <= 0) {
            throw new shinrai.shared.NotFound("bay", value);
        }
        return new BayId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
