package shinrai.customer.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import shinrai.shared.BusinessRuleViolation;

/**
 * Which column of the file feeds which field: column index to field, each field used at most once. A file needs
 * at least a name and a way to reach the customer or identify the car.
 */
public record ColumnMapping(Map<Integer, ImportField> columns) {

    public ColumnMapping {
        columns = Map.copyOf(new TreeMap<>(columns));
        Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
        for (ImportField field : columns.values()) {
            if (!seen.add(field)) {
                throw new MappingRefused("import.error.fieldTwice", field.name());
            }
        }
        if (!seen.contains(ImportField.NAME)) {
            throw new MappingRefused("import.error.nameUnmapped");
        }
    }

    /** The best guess for a header: every column whose header is a known synonym, each field once. */
    static Map<Integer, ImportField> guess(List<String> header) {
        Map<Integer, ImportField> guessed = new LinkedHashMap<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            ImportField.guess(header.get(i)).filter(taken::add).ifPresent(field -> guessed.put(column, field));
        }
        return guessed;
    }

    /** Identifies files with the same columns, so a mapping made once applies to the next export too. */
    static String signature(List<String> header) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", header).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    Optional<Integer> columnOf(ImportField field) {
        return columns.entrySet().stream()
                .filter(entry -> entry.getValue() == field)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** As stored: {"0":"NAME","3":"MOBILE"}. */
    Map<String, String> asJson() {
        return asJson(columns);
    }

    static Map<String, String> asJson(Map<Integer, ImportField> columns) {
        return columns.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().toString(), e -> e.getValue().name()));
    }

    static Map<Integer, ImportField> fromJson(Map<String, String> json) {
        Map<Integer, ImportField> columns = new TreeMap<>();
        json.forEach((column, field) -> columns.put(Integer.valueOf(column), ImportField.valueOf(field)));
        return columns;
    }

    /** A mapping that cannot work. */
    public static class MappingRefused extends BusinessRuleViolation {
        MappingRefused(String messageKey, Object... arguments) {
            super(messageKey, "mapping", arguments);
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }
}
