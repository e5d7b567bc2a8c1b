package shinrai.workshop.api;

import shinrai.shared.BusinessRuleViolation;

/** A field the chosen kind of request needs was not sent, or not readable. */
final class MissingField extends BusinessRuleViolation {

    MissingField(String field) {
        super("validation.required", field);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
