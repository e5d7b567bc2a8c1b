package shinrai.vehicle;

import shinrai.shared.BusinessRuleViolation;

/** A change to a vehicle the rules refuse: a VIN already registered, an odometer going backwards, ... */
public class VehicleChangeRefused extends BusinessRuleViolation {

    private final int status;

    VehicleChangeRefused(String field, String messageKey, Object... arguments) {
        this(400, field, messageKey, arguments);
    }

    VehicleChangeRefused(int status, String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
        this.status = status;
    }

    @Override
    public int httpStatus() {
        return status;
    }
}
