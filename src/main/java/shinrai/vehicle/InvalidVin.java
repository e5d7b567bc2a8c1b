package shinrai.vehicle;

import shinrai.shared.BusinessRuleViolation;

/** A VIN that ISO 3779 / GB 16735 refuses: wrong length, forbidden characters or a wrong check digit. */
public class InvalidVin extends BusinessRuleViolation {

    InvalidVin(String messageKey, Object... arguments) {
        super(messageKey, "vin", arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
