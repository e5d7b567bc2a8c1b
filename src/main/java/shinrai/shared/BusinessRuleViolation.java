package shinrai.shared;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A request refused by a business rule. It carries a message key, not a message: the web layer translates it
 * into the user's language, as a form error in the UI and as RFC 9457 problem details in the API.
 */
public abstract class BusinessRuleViolation extends RuntimeException {

    private final String messageKey;
    private final @Nullable String field;
    private final Object[] arguments;

    protected BusinessRuleViolation(String messageKey, @Nullable String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")") + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input field the violation is about, if any: {@code vin}, {@code username}, ... */
    public @Nullable String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The HTTP status the API answers with; conflicts by default. */
    public int httpStatus() {
        return 409;
    }
}
