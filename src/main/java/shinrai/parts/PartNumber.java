package shinrai.parts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;
import shinrai.shared.BusinessRuleViolation;

/**
 * A carmaker's part number as printed on the box ({@code 90915-YZZD2}, {@code 04465-33471}): letters, digits, dots
 * and dashes, compared without case or surrounding spaces, as clerks type them.
 */
public record PartNumber(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{1,38}[A-Z0-9]");

    public PartNumber {
        if (!SHAPE.matcher(value).matches()) {
            throw new Invalid();
        }
    }

    @JsonCreator
    public static PartNumber of(String typed) {
        return new PartNumber(typed.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }

    /** Not the shape of a part number. */
    public static final class Invalid extends BusinessRuleViolation {
        Invalid() {
            super("parts.error.partNumber", "partNumber");
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }
}
