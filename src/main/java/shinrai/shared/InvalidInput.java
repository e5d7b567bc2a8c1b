package shinrai.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Several fields of one request refused at once: a bad VIN and a bad mobile number are both reported, each
 * under its own field name, instead of one per attempt.
 */
public class InvalidInput extends BusinessRuleViolation {

    private final List<BusinessRuleViolation> violations;

    public InvalidInput(List<BusinessRuleViolation> violations) {
        super("error.validation", null);
        this.violations = List.copyOf(violations);
    }

    /** Each refusal with the field it is about. */
    public List<BusinessRuleViolation> violations() {
        return violations;
    }

    @Override
    public int httpStatus() {
        return 400;
    }

    /** Collects the refusals of several conversions, then throws them together if there were any. */
    public static final class Collector {

        private final List<BusinessRuleViolation> violations = new ArrayList<>();

        public <T> T attempt(java.util.function.Supplier<T> conversion, T fallback) {
            try {
                return conversion.get();
            } catch (InvalidInput nested) {
                violations.addAll(nested.violations());
                return fallback;
            } catch (BusinessRuleViolation refused) {
                violations.add(refused);
                return fallback;
            }
        }

        /** Like {@link #attempt}, naming the field explicitly (list items: {@code mobiles[1]}). */
        public <T> T attempt(String field, java.util.function.Supplier<T> conversion, T fallback) {
            try {
                return conversion.get();
            } catch (BusinessRuleViolation refused) {
                violations.add(new Renamed(refused, field));
                return fallback;
            }
        }

        /** Adds a refusal found by the caller's own check. */
        public void add(BusinessRuleViolation refused) {
            violations.add(refused);
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
        }
    }

    private static final class Renamed extends BusinessRuleViolation {
        Renamed(BusinessRuleViolation original, String field) {
            super(original.messageKey(), field, original.arguments());
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }
}
