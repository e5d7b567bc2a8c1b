package shinrai.customer;

import org.jspecify.annotations.Nullable;
import shinrai.shared.BusinessRuleViolation;

/** A change to a customer the rules refuse. */
public class CustomerChangeRefused extends BusinessRuleViolation {

    CustomerChangeRefused(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
