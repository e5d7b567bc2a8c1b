package shinrai.customer;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A text array written as a PostgreSQL array literal. A multi-row insert takes each column as one array parameter
 * and unnests it; a column that is itself an array (tags, timeline arguments) cannot travel as an array of arrays,
 * whose rows must all have the same length, so each row's array travels as its literal and is cast back.
 */
final class TextArrayLiteral {

    private TextArrayLiteral() {}

    /** {"a","b \"c\""}: every element quoted, with its quotes and backslashes escaped, so any text survives. */
    static String of(Collection<String> values) {
        return values.stream()
                .map(value -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
