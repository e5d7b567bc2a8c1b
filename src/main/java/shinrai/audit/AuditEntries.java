package shinrai.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.PersonalData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as a person reads it: who, when, which business record in words ("客户 王伟 #12", "预约 #23 的确认短信")
 * and the changed fields, labelled, as before → after. Personal data is masked for readers without <em>see
 * unmasked contact details</em>, exactly as on every other page; secrets and internal columns are never shown.
 * Labels and masking rules come from the {@link AuditedTable} beans the modules contribute.
 */
@Service
@Transactional(readOnly = true)
class AuditEntries {

    /** How many ids of a read a row names before it only counts them. */
    static final int IDS_SHOWN = 8;

    /** Columns no reader needs: identities already in the record's label, the dealer, optimistic-lock versions. */
    private static final Set<String> INTERNAL = Set.of("id", "dealer_id", "version");

    private static final Pattern SECRET = Pattern.compile(".*(password|_hash|secret|token).*");
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}(:\\d{2})?|Z)");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String CUSTOMERS = "customer.customer";
    private static final String CUSTOMER_ID = "customer_id";

    private final AuditLog log;
    private final Map<String, AuditedTable> tables;
    private final MessageSource messages;
    private final JsonMapper json;

    AuditEntries(AuditLog log, List<AuditedTable> tables, MessageSource messages, JsonMapper json) {
        this.log = log;
        this.tables = tables.stream().collect(Collectors.toMap(AuditedTable::table, Function.identity()));
        this.messages = messages;
        this.json = json;
    }

    /**
     * One page of the current dealer's log in words.
     *
     * @param whole whether the reader may see personal data unmasked
     */
    Page page(AuditLog.Filter filter, ZoneId zone, Locale locale, boolean whole) {
        AuditLog.Page raw = log.search(filter, zone);
        List<Parsed> parsed = raw.events().stream().map(this::parse).toList();
        Map<String, Map<Long, MessageSourceResolvable>> labels = labelsOfRecords(parsed);
        Reader reader = new Reader(zone, locale, whole, labels);
        return new Page(parsed.stream().map(reader::entry).toList(), raw.nextBefore());
    }

    /** The kinds of record the log holds, by their label in the reader's language: the filter's choices. */
    List<RecordKind> recordKinds(Locale locale) {
        return log.trackedTables().stream()
                .map(table -> new RecordKind(
                        table,
                        messages.getMessage(
                                new DefaultMessageSourceResolvable(new String[] {"audit.table." + table}, null, table),
                                locale)))
                .sorted(java.util.Comparator.comparing(RecordKind::label))
                .toList();
    }

    private Parsed parse(AuditLog.AuditEvent event) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (event.details() != null) {
            JsonNode details = json.readTree(event.details());
            if (details.isObject()) {
                details.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
            }
        }
        boolean update = "UPDATE".equals(event.action());
        Map<String, @Nullable String> row = new HashMap<>();
        fields.forEach((column, value) -> row.put(column, text(update && value.isObject() ? value.get("to") : value)));
        return new Parsed(event, fields, row, update);
    }

    /** Each table's own words for the records on the page, one query per table, and the customers they belong to. */
    private Map<String, Map<Long, MessageSourceResolvable>> labelsOfRecords(List<Parsed> page) {
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (Parsed entry : page) {
            String table = entry.event().entityType();
            Long id = number(entry.event().entityId());
            if (table != null && id != null) {
                wanted.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(id);
            }
            Long customer = number(entry.row().get(CUSTOMER_ID));
            if (customer != null) {
                wanted.computeIfAbsent(CUSTOMERS, t -> new LinkedHashSet<>()).add(customer);
            }
        }
        Map<String, Map<Long, MessageSourceResolvable>> labels = new HashMap<>();
        wanted.forEach((table, ids) -> {
            AuditedTable described = tables.get(table);
            labels.put(table, described == null ? Map.of() : described.labels(ids));
        });
        return labels;
    }

    private static @Nullable String text(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static @Nullable Long number(@Nullable String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > 18
                || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(text);
    }

    /** Reads the rows of one page for one reader. */
    private final class Reader {

        private final ZoneId zone;
        private final Locale locale;
        private final boolean whole;
        private final Map<String, Map<Long, MessageSourceResolvable>> labels;

        Reader(ZoneId zone, Locale locale, boolean whole, Map<String, Map<Long, MessageSourceResolvable>> labels) {
            this.zone = zone;
            this.locale = locale;
            this.whole = whole;
            this.labels = labels;
        }

        Entry entry(Parsed parsed) {
            AuditLog.AuditEvent event = parsed.event();
            String actor = event.actorName() == null ? say("audit.system") : shown(event.actorName());
            return new Entry(
                    event.id(),
                    event.occurredAt().atZone(zone).format(SECONDS),
                    actor,
                    event.action(),
                    say(codes("audit.action." + event.action()), event.action()),
                    record(parsed),
                    changes(parsed),
                    event.clientIp());
        }

        private String record(Parsed parsed) {
            AuditLog.AuditEvent event = parsed.event();
            String table = event.entityType();
            if (table == null) {
                return "";
            }
            JsonNode ids = parsed.fields().get("ids");
            if (ids != null && ids.isArray()) {
                return readRecords(table, ids);
            }
            String entityId = event.entityId() == null ? "" : event.entityId();
            if (entityId.contains("<-")) {
                String[] merged = entityId.split("<-", 2);
                return say(new DefaultMessageSourceResolvable(
                        new String[] {"audit.record.merged"}, new Object[] {tableLabel(table), merged[0], merged[1]}));
            }
            Long id = number(entityId);
            MessageSourceResolvable own =
                    id == null ? null : labels.getOrDefault(table, Map.of()).get(id);
            if (own != null) {
                return shown(say(own));
            }
            String label = generic(table, id == null ? entityId : String.valueOf(id), parsed.row());
            Long customer = number(parsed.row().get(CUSTOMER_ID));
            if (customer != null && !CUSTOMERS.equals(table)) {
                label = say(new DefaultMessageSourceResolvable(
                        new String[] {"audit.record.ofCustomer"}, new Object[] {customer(customer), label}));
            }
            return shown(label);
        }

        /** "客户 #12、#15 … (共 40 条)": the ids of a read, the first few of them. */
        private String readRecords(String table, JsonNode ids) {
            List<String> all = ids.values().stream().map(JsonNode::asString).toList();
            if (all.size() == 1) {
                Long id = number(all.get(0));
                MessageSourceResolvable own =
                        id == null ? null : labels.getOrDefault(table, Map.of()).get(id);
                return shown(own != null ? say(own) : generic(table, all.get(0), Map.of()));
            }
            String shownIds = all.stream().limit(IDS_SHOWN).map(id -> "#" + id).collect(Collectors.joining(" "))
                    + (all.size() > IDS_SHOWN ? " …" : "");
            return say(new DefaultMessageSourceResolvable(
                    new String[] {"audit.record.many"}, new Object[] {tableLabel(table), all.size(), shownIds}));
        }

        private String customer(long id) {
            MessageSourceResolvable own =
                    labels.getOrDefault(CUSTOMERS, Map.of()).get(id);
            return own != null ? say(own) : generic(CUSTOMERS, String.valueOf(id), Map.of());
        }

        /** The table's label, the record's name when the row carries one, and its number. */
        private String generic(String table, String id, Map<String, @Nullable String> row) {
            String name = row.get("name") != null ? row.get("name") : row.get("display_name");
            String start = say(tableLabel(table)) + (name == null || name.isBlank() ? "" : " " + name);
            return id.isEmpty() ? start : start + " #" + id;
        }

        private List<Change> changes(Parsed parsed) {
            AuditLog.AuditEvent event = parsed.event();
            String table = event.entityType() == null ? "" : event.entityType();
            AuditedTable described = tables.get(table);
            String schema = table.contains(".") ? table.substring(0, table.indexOf('.')) : table;
            List<Change> changes = new ArrayList<>();
            if (parsed.fields().containsKey("ids")) {
                JsonNode wholeRead = parsed.fields().get("whole");
                if (wholeRead != null && wholeRead.isBoolean()) {
                    changes.add(new Change(say("audit.read.whole"), null, yesNo(wholeRead.booleanValue()), false));
                }
                return changes;
            }
            parsed.fields().forEach((column, value) -> {
                boolean named = CUSTOMER_ID.equals(column) && !parsed.update(); // the record's label names them
                if (named
                        || INTERNAL.contains(column)
                        || (described != null && described.internalColumns().contains(column))) {
                    return;
                }
                String field = say(codes("audit.field." + table + "." + column, "audit.field." + column), column);
                if (SECRET.matcher(column).matches()) {
                    changes.add(new Change(field, null, null, true));
                    return;
                }
                PersonalData personal = described == null ? null : described.personal(column, parsed.row());
                String prefix =
                        described == null ? null : described.valueLabels().get(column);
                if (parsed.update() && value.isObject()) {
                    changes.add(new Change(
                            field,
                            value(schema, column, value.get("from"), personal, prefix),
                            value(schema, column, value.get("to"), personal, prefix),
                            false));
                } else {
                    String shown = value(schema, column, value, personal, prefix);
                    if (!shown.isEmpty()) {
                        boolean deleted = "DELETE".equals(event.action());
                        changes.add(new Change(field, deleted ? shown : null, deleted ? null : shown, false));
                    }
                }
            });
            // what the reader may not see says little: it goes after what they may
            changes.sort(java.util.Comparator.comparing(Change::withheld));
            return changes;
        }

        /** A stored value as words: dates in the dealer's time, coded values labelled, personal data masked. */
        private String value(
                String schema,
                String column,
                @Nullable JsonNode value,
                @Nullable PersonalData personal,
                @Nullable String prefix) {
            if (value == null || value.isNull()) {
                return "";
            }
            if (value.isArray()) {
                return value.values().stream()
                        .map(element -> value(schema, column, element, personal, prefix))
                        .filter(text -> !text.isEmpty())
                        .collect(Collectors.joining(", "));
            }
            if (value.isBoolean()) {
                return yesNo(value.booleanValue());
            }
            String text = value.isValueNode() ? value.asString() : value.toString();
            if (personal != null && !whole) {
                return personal.masked(text);
            }
            if (column.endsWith("_id") && number(text) != null) {
                return "#" + text;
            }
            if (TIMESTAMP.matcher(text).matches()) {
                return OffsetDateTime.parse(normalisedOffset(text))
                        .atZoneSameInstant(zone)
                        .format(MINUTES);
            }
            // coded values: the table's own labels, else the module's convention (appointment.status.BOOKED)
            String convention = schema + "." + camelCase(column) + "." + text;
            String[] codes = prefix == null
                    ? codes(convention, "audit.value." + column + "." + text)
                    : codes(prefix + text, convention, "audit.value." + column + "." + text);
            return shown(say(codes, text));
        }

        /** Text nobody classified, as this reader may see it: phone and ID numbers masked unless whole. */
        private String shown(String text) {
            return whole ? text : PersonalData.scrubbed(text);
        }

        private String yesNo(boolean yes) {
            return say(yes ? "audit.value.yes" : "audit.value.no");
        }

        private DefaultMessageSourceResolvable tableLabel(String table) {
            return new DefaultMessageSourceResolvable(new String[] {"audit.table." + table}, null, table);
        }

        private String say(String code) {
            return messages.getMessage(code, null, locale);
        }

        private String say(String[] codes, String otherwise) {
            return messages.getMessage(new DefaultMessageSourceResolvable(codes, null, otherwise), locale);
        }

        private String say(MessageSourceResolvable message) {
            return messages.getMessage(message, locale);
        }
    }

    /** PostgreSQL writes offsets as +00 or +05:30; ISO parsing wants +00:00. */
    private static String normalisedOffset(String timestamp) {
        return timestamp.matches(".*[+-]\\d{2}") ? timestamp + ":00" : timestamp;
    }

    /** parts_note → partsNote, as message keys spell a column. */
    private static String camelCase(String column) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static String[] codes(String... codes) {
        return codes;
    }

    private record Parsed(
            AuditLog.AuditEvent event,
            Map<String, JsonNode> fields,
            Map<String, @Nullable String> row,
            boolean update) {}

    /** A kind of record the log can be filtered by: its table and its label. */
    record RecordKind(String table, String label) {}

    /** A page of entries and where the next (older) one starts. */
    record Page(List<Entry> entries, @Nullable Long nextBefore) {}

    /**
     * One line of the log.
     *
     * @param action the action's code, for filtering and tests
     * @param actionLabel the action in words
     * @param record the business record in words, empty for sign-ins without one
     */
    record Entry(
            long id,
            String when,
            String actor,
            String action,
            String actionLabel,
            String record,
            List<Change> changes,
            @Nullable String clientIp) {}

    /**
     * One field: labelled, before → after (before alone when deleted, after alone when created).
     *
     * @param secret a password or key changed: said, never shown
     */
    record Change(
            String field, @Nullable String before, @Nullable String after, boolean secret) {

        boolean withheld() {
            return secret || PersonalData.HIDDEN.equals(after) || PersonalData.HIDDEN.equals(before);
        }
    }
}
