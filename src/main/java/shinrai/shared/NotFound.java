package shinrai.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The thing asked for does not exist, or belongs to another dealer: the two are indistinguishable on purpose.
 */
public class NotFound extends BusinessRuleViolation {

    /**
     * @param what the kind of record, named in messages by {@code entity.<what>} ("customer" reads 客户 or customer)
     */
    public NotFound(String what, Object id) {
        super(
                "error.notFound",
                null,
                new DefaultMessageSourceResolvable(new String[] {"entity." + what}, what),
                String.valueOf(id));
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
