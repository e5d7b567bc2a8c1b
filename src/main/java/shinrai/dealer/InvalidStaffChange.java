package shinrai.dealer;

import shinrai.shared.BusinessRuleViolation;

/** A staff change the rules refuse: no role, a network role at a dealer, a weak password, a taken username ... */
public class InvalidStaffChange extends BusinessRuleViolation {

    InvalidStaffChange(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return "username".equals(field()) && "staff.error.usernameTaken".equals(messageKey()) ? 409 : 400;
    }
}
