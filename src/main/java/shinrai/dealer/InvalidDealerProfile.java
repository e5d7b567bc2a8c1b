package shinrai.dealer;

import shinrai.shared.BusinessRuleViolation;

/** A dealer profile change that makes no sense: closing before opening, an unknown time zone, ... */
public class InvalidDealerProfile extends BusinessRuleViolation {

    InvalidDealerProfile(String field, String messageKey) {
        super(messageKey, field);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
