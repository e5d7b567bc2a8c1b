package shinrai.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.database.DatabaseNotifications;
import shinrai.database.RememberedRows;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;

/**
 * The dealer's quality checklists, one per type of work and level. A checklist the dealer has not changed is the
 * default ({@link DefaultChecklists}); the first change copies the defaults into the dealer's rows, which from then on
 * are that checklist. Items are added, reworded, moved and deactivated, never removed: past checks name them.
 *
 * <p>Every quality check reads its checklist, and checklists change only when a service manager edits them: each
 * instance remembers a dealer's checklists and forgets them as soon as the database announces a change (trigger
 * {@code announce_checklist_change}, channel {@value #CHANNEL}).
 */
@Service
@Transactional(readOnly = true)
public class Checklists implements DatabaseNotifications.Subscriber {

    static final String CHANNEL = "checklist_changed";

    /** A checklist item as the service manager sees it on the settings page: offered or not. */
    public record Entry(ChecklistItem item, boolean active) {}

    private static final int MOST_ITEMS = 60;

    /** One checklist of a dealer: a type of work at a level. */
    private record Sheet(WorkType workType, CheckLevel level) {}

    private final JdbcClient jdbc;
    private final RememberedRows<Long, Map<Sheet, List<Entry>>> remembered;

    Checklists(JdbcClient jdbc, DatabaseNotifications notifications) {
        this.jdbc = jdbc;
        this.remembered = new RememberedRows<>(notifications, Duration.ofMinutes(5), 100_000);
        notifications.subscribe(CHANNEL, this);
    }

    /** The items to check at a level for these types of work, type by type, in each checklist's order. */
    public List<ChecklistItem> of(Collection<WorkType> workTypes, CheckLevel level) {
        List<ChecklistItem> items = new ArrayList<>();
        for (WorkType type : WorkType.values()) {
            if (workTypes.contains(type)) {
                entries(type, level).stream()
                        .filter(Entry::active)
                        .map(Entry::item)
                        .forEach(items::add);
            }
        }
        return items;
    }

    /** Every item of a checklist, the inactive ones too. */
    public List<Entry> entries(WorkType workType, CheckLevel level) {
        List<Entry> own = stored(workType, level);
        return own.isEmpty()
                ? DefaultChecklists.of(workType, level).stream()
                        .map(item -> new Entry(item, true))
                        .toList()
                : own;
    }

    /** Whether the dealer has changed this checklist (otherwise it is the default). */
    public boolean customised(WorkType workType, CheckLevel level) {
        return !stored(workType, level).isEmpty();
    }

    /** Adds an item of the dealer's own wording at the end of the checklist. */
    @Transactional
    public void add(WorkType workType, CheckLevel level, String text) {
        String wording = checked(text);
        List<Entry> entries = customise(workType, level);
        if (entries.size() >= MOST_ITEMS) {
            throw new InvalidWorkshopInput("text", "workshop.checklists.error.tooMany", MOST_ITEMS);
        }
        int own = jdbc.sql("""
                        SELECT count(*) FROM workshop.checklist_item
                        WHERE dealer_id = :dealer AND work_type = :type AND level = :level AND item_key LIKE 'own%'""")
                .param("dealer", DealerScope.currentDealer())
                .param("type", workType.name())
                .param("level", level.name())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO workshop.checklist_item (dealer_id, work_type, level, item_key, position, text)
                        VALUES (:dealer, :type, :level, :key, :position, :text)""")
                .param("dealer", DealerScope.currentDealer())
                .param("type", workType.name())
                .param("level", level.name())
                .param("key", "own" + (own + 1))
                .param("position", entries.size() + 1)
                .param("text", wording)
                .update();
    }

    /** Rewords an item: from then on it reads as the dealer wrote it, in the dealer's language. */
    @Transactional
    public void reword(WorkType workType, CheckLevel level, String key, String text) {
        String wording = checked(text);
        customise(workType, level);
        update(workType, level, key, "message_key = NULL, text = :text", wording);
    }

    /** Offers an item at this level again, or stops offering it. */
    @Transactional
    public void activate(WorkType workType, CheckLevel level, String key, boolean active) {
        customise(workType, level);
        update(workType, level, key, "active = CAST(:text AS boolean)", Boolean.toString(active));
    }

    /** Moves an item one place up ({@code -1}) or down ({@code 1}) the checklist. */
    @Transactional
    public void move(WorkType workType, CheckLevel level, String key, int direction) {
        List<Entry> entries = new ArrayList<>(customise(workType, level));
        int at = indexOf(entries, key);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= entries.size()) {
            return;
        }
        entries.add(to, entries.remove(at));
        for (int i = 0; i < entries.size(); i++) {
            jdbc.sql("""
                            UPDATE workshop.checklist_item SET position = :position
                            WHERE dealer_id = :dealer AND work_type = :type AND level = :level AND item_key = :key
                              AND position <> :position""")
                    .param("position", i + 1)
                    .param("dealer", DealerScope.currentDealer())
                    .param("type", workType.name())
                    .param("level", level.name())
                    .param("key", entries.get(i).item().key())
                    .update();
        }
    }

    /** The checklist as the dealer's own rows, copying the defaults first if it was still the default. */
    private List<Entry> customise(WorkType workType, CheckLevel level) {
        remembered.forgetAfterTransaction(DealerScope.currentDealer());
        List<Entry> own = storedAfresh(workType, level);
        if (!own.isEmpty()) {
            return own;
        }
        List<ChecklistItem> defaults = DefaultChecklists.of(workType, level);
        for (int i = 0; i < defaults.size(); i++) {
            ChecklistItem item = defaults.get(i);
            jdbc.sql("""
                            INSERT INTO workshop.checklist_item (dealer_id, work_type, level, item_key, position,
                                message_key) VALUES (:dealer, :type, :level, :key, :position, :messageKey)
                            ON CONFLICT DO NOTHING""")
                    .param("dealer", DealerScope.currentDealer())
                    .param("type", workType.name())
                    .param("level", level.name())
                    .param("key", item.key())
                    .param("position", i + 1)
                    .param("messageKey", item.messageKey())
                    .update();
        }
        return storedAfresh(workType, level);
    }

    private void update(WorkType workType, CheckLevel level, String key, String set, String value) {
        int updated = jdbc.sql("UPDATE workshop.checklist_item SET " + set
                        + " WHERE dealer_id = :dealer AND work_type = :type AND level = :level AND item_key = :key")
                .param("text", value)
                .param("dealer", DealerScope.currentDealer())
                .param("type", workType.name())
                .param("level", level.name())
                .param("key", key)
                .update();
        if (updated == 0) {
            throw new NotFound("checklistItem", key);
        }
    }

    /** The dealer's own rows of a checklist (none while it is the default), as remembered. */
    private List<Entry> stored(WorkType workType, CheckLevel level) {
        return remembered
                .get(DealerScope.currentDealer(), dealer -> Optional.of(allOf(dealer)))
                .orElseThrow()
                .getOrDefault(new Sheet(workType, level), List.of());
    }

    private List<Entry> storedAfresh(WorkType workType, CheckLevel level) {
        return jdbc.sql("""
                        SELECT * FROM workshop.checklist_item
                        WHERE dealer_id = :dealer AND work_type = :type AND level = :level
                        ORDER BY position, item_key""")
                .param("dealer", DealerScope.currentDealer())
                .param("type", workType.name())
                .param("level", level.name())
                .query(Checklists::row)
                .list();
    }

    /** Every checklist the dealer has changed, in one read. */
    private Map<Sheet, List<Entry>> allOf(long dealer) {
        record Row(Sheet sheet, Entry entry) {}
        return jdbc
                .sql("""
                        SELECT * FROM workshop.checklist_item WHERE dealer_id = :dealer
                        ORDER BY work_type, level, position, item_key""")
                .param("dealer", dealer)
                .query((rs, n) -> new Row(
                        new Sheet(
                                WorkType.valueOf(rs.getString("work_type")), CheckLevel.valueOf(rs.getString("level"))),
                        row(rs, n)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Row::sheet, Collectors.mapping(Row::entry, Collectors.toUnmodifiableList())));
    }

    @Override
    public void notified(String payload) {
        try {
            remembered.forget(Long.parseLong(payload));
        } catch (NumberFormatException notADealer) {
            missedSome();
        }
    }

    @Override
    public void missedSome() {
        remembered.forgetAll();
    }

    private static int indexOf(List<Entry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).item().key().equals(key)) {
                return i;
            }
        }
        throw new NotFound("checklistItem", key);
    }

    private static String checked(String text) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (text.isBlank()) {
            invalid.add(new InvalidWorkshopInput("text", "workshop.checklists.error.textMissing"));
        }
        TextLimits.check(invalid, "text", text, TextLimits.NAME);
        invalid.throwIfAny();
        return text.strip();
    }

    private static Entry row(ResultSet rs, int n) throws SQLException {
        return new Entry(
                new ChecklistItem(
                        WorkType.valueOf(rs.getString("work_type")),
                        rs.getString("item_key"),
                        rs.getString("message_key"),
                        rs.getString("text")),
                rs.getBoolean("active"));
    }
}
