package shinrai.customer;

import java.util.List;
import shinrai.shared.BusinessRuleViolation;

/**
 * Another customer is reachable on the same mobile number. Staff see who it is and either open that record or
 * confirm that this is really someone else (two people can share a family phone).
 */
public class PossibleDuplicate extends BusinessRuleViolation {

    private final List<Long> existing;

    PossibleDuplicate(List<Long> existing) {
        super("customer.error.possibleDuplicate", "mobile", existing.size());
        this.existing = List.copyOf(existing);
    }

    public List<Long> existing() {
        return existing;
    }
}
