package shinrai.workshop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A repair order's id: a customer's or a vehicle's id cannot be passed where this one is wanted. */
public record RepairOrderId(@JsonValue long value) {

    public RepairOrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("A repair order id is positive: " + value);
        }
    }

    @JsonCreator
    public static RepairOrderId of(long value) {
        return new RepairOrderId(value);
    }

    /** The id a page or API path asks for: one that cannot exist is a repair order not found, not a crash. */
    public static RepairOrderId asked(long value) {
        if (value <= 0) {
            throw new shinrai.shared.NotFound("repairOrder", value);
        }
        return new RepairOrderId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
