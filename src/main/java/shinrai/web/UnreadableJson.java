package shinrai.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Explains why a request body could not be read, as a field and a message key: the field is Jackson's path to
 * the value ({@code damage[0].kind}), the message says what belongs there (a whole number, a date as
 * {@code 2026-12-01}, one of the listed values, no property of that name).
 */
final class UnreadableJson {

    /** The field a refusal is about, and the message key and arguments that say why. */
    record Refusal(String field, String messageKey, Object... arguments) {}

    private UnreadableJson() {}

    static Refusal explain(HttpMessageNotReadableException unreadable) {
        JacksonException jackson = find(unreadable, JacksonException.class);
        if (jackson == null) {
            return new Refusal("", "validation.json.bodyMissing");
        }
        String field = path(jackson);
        if (jackson instanceof StrictJson.RefusedValue refused) {
            return new Refusal(field, refused.messageKey(), refused.arguments());
        }
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null
                    ? ""
                    : unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
            return new Refusal(field, "validation.json.unknownProperty", known);
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            Class<?> type = mismatch.getTargetType();
            return new Refusal(field, expectedKey(type), expectedArguments(type));
        }
        if (jackson instanceof InputCoercionException outOfRange) {
            return new Refusal(field, "validation.json.numberOutOfRange");
        }
        if (jackson instanceof StreamReadException malformed && malformed.getLocation() != null) {
            return new Refusal(
                    field,
                    "validation.json.malformed",
                    malformed.getLocation().getLineNr(),
                    malformed.getLocation().getColumnNr());
        }
        return new Refusal(field, "validation.json.malformed", 1, 1);
    }

    /** What a value of this type looks like, as a message key. */
    static String expectedKey(@Nullable Class<?> type) {
        if (type == null) {
            return "validation.json.value";
        }
        if (type.isEnum()) {
            return "validation.json.oneOf";
        }
        if (type == LocalDate.class) {
            return "validation.json.date";
        }
        if (type == LocalTime.class) {
            return "validation.json.time";
        }
        if (type == Instant.class) {
            return "validation.json.instant";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "validation.json.boolean";
        }
        if (type == Long.class
                || type == long.class
                || type == Integer.class
                || type == int.class
                || type == Short.class
                || type == short.class) {
            return "validation.json.wholeNumber";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "validation.json.number";
        }
        if (type == String.class) {
            return "validation.json.text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "validation.json.list";
        }
        return "validation.json.object";
    }

    static Object[] expectedArguments(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return new Object[] {
                Arrays.stream(type.getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name())
                        .collect(Collectors.joining(", "))
            };
        }
        return new Object[0];
    }

    /** {@code damage[0].kind}: properties joined with dots, list positions in brackets. */
    static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
