package shinrai.vehicle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A vehicle's id: a customer's or a staff member's id cannot be passed where this one is wanted. */
public record VehicleId(@JsonValue long value) {

    public VehicleId {
        if (value <= 0) {
            throw new IllegalArgumentException("A vehicle id is positive: " + value);
        }
    }

    @JsonCreator
    public static VehicleId of(long value) {
        return new VehicleId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
