package shinrai.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A customer's id: a vehicle's or a staff member's id cannot be passed where this one is wanted. */
public record CustomerId(@JsonValue long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("A customer id is positive: " + value);
        }
    }

    @JsonCreator
    public static CustomerId of(long value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
