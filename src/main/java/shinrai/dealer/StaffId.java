package shinrai.dealer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A staff member's id: a customer's or a vehicle's id cannot be passed where this one is wanted. */
public record StaffId(@JsonValue long value) {

    public StaffId {
        if (value <= 0) {
            throw new IllegalArgumentException("A staff id is positive: " + value);
        }
    }

    @JsonCreator
    public static StaffId of(long value) {
        return new StaffId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
