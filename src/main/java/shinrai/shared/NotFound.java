package shinrai.shared;

/**
 * The thing asked for does not exist, or belongs to another dealer: the two are indistinguishable on purpose.
 */
public class NotFound extends BusinessRuleViolation {

    public NotFound(String what, Object id) {
        super("error.notFound", null, what, id);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
