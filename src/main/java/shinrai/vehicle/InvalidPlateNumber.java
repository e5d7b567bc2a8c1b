package shinrai.vehicle;

import shinrai.shared.BusinessRuleViolation;

/** A plate that matches none of the formats of GA 36-2018 (and the few other plates on Chinese roads). */
public class InvalidPlateNumber extends BusinessRuleViolation {

    InvalidPlateNumber(String messageKey, Object... arguments) {
        super(messageKey, "plate", arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
