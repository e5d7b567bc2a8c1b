package shinrai.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
public class Checklists {

    static final String CHANNEL = "checklist_changed";

    /** A checklist item as the service manager sees it on the settings page: offered or not. */
    public record Entry(ChecklistItem item, boolean active) {}

    /**
     * One item of a checklist as it should read after {@link #replace}: an item the checklist has ({@code key}), or a
     * new one ({@code key} null, {@code text} required).
     *
     * @param text the item's new wording; {@code null} keeps an item's wording (a default item then keeps reading in
     *     each user's language)
     */
    public record Revision(@Nullable String key, @Nullable String text, boolean active) {}

    /** Most items of one checklist, the stopped ones included. */
    public static final int MOST_ITEMS = 60;

    /** One checklist of a dealer: a type of work at a level. */
    private record Sheet(WorkType workType, CheckLevel level) {}

    private final JdbcClient jdbc;
    private final RememberedRows<Long, Map<Sheet, List<Entry>>> remembered;

    Checklists(JdbcClient jdbc, DatabaseNotifications notifications) {
        this.jdbc = jdbc;
        this.remembered = RememberedRows.perDealer(notifications, CHANNEL, Duration.ofMinutes(5), 100_000);
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

    /** Every checklist of the dealer, type of work by type of work, level by level. */
    public List<Checklist> all() {
        List<Checklist> all = new ArrayList<>();
        for (WorkType type : WorkType.values()) {
            for (CheckLevel level : CheckLevel.values()) {
                all.add(checklist(type, level));
            }
        }
        return all;
    }

    /** One checklist with every item, and whether it is still the default. */
    public Checklist checklist(WorkType workType, CheckLevel level) {
        List<Entry> own = stored(workType, level);
        return new Checklist(workType, level, !own.isEmpty(), own.isEmpty() ? entries(workType, level) : own);
    }

    /**
     * The checklist as a whole, as an integrator sends it: the items listed in their order, each offered or not, the
     * listed ones without a key added in the dealer's words. An item the checklist has and the list leaves out is not
     * removed (past checks name it) but stopped, after the listed ones. Each wrong item is named by its place in the
     * list ({@code items[2].key}).
     */
    @Transactional
    public Checklist replace(WorkType workType, CheckLevel level, List<Revision> revisions) {
        lock(workType, level);
        List<Entry> current = afresh(workType, level);
        Map<String, Entry> byKey = new LinkedHashMap<>();
        current.forEach(entry -> byKey.put(entry.item().key(), entry));
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        Set<String> listed = new HashSet<>();
        int added = 0;
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            String field = "items[" + i + "].";
            String key = revision.key();
            String text = revision.text();
            if (key == null) {
                added++;
            } else if (!byKey.containsKey(key)) {
                invalid.add(new InvalidWorkshopInput(field + "key", "workshop.checklists.error.unknownItem", key));
            } else if (!listed.add(key)) {
                invalid.add(new InvalidWorkshopInput(field + "key", "workshop.checklists.error.listedTwice", key));
            }
            if ((key == null && text == null) || (text != null && text.isBlank())) {
                invalid.add(new InvalidWorkshopInput(field + "text", "workshop.checklists.error.textMissing"));
            }
            TextLimits.check(invalid, field + "text", text, TextLimits.NAME);
        }
        if (current.size() + added > MOST_ITEMS) {
            invalid.add(new InvalidWorkshopInput("items", "workshop.checklists.error.tooMany", MOST_ITEMS));
        }
        invalid.throwIfAny();

        customise(workType, level);
        int own = ownItems(workType, level);
        int position = 0;
        for (Revision revision : revisions) {
            position++;
            String key = revision.key();
            String text = revision.text() == null ? null : revision.text().strip();
            if (key == null) {
                insert(workType, level, "own" + ++own, position, text, revision.active());
            } else {
                ChecklistItem item = byKey.get(key).item();
                boolean reworded = text != null && !text.equals(item.text());
                place(workType, level, key, position, revision.active(), reworded ? text : null);
            }
        }
        for (Entry left : current) {
            if (!listed.contains(left.item().key())) {
                place(workType, level, left.item().key(), ++position, false, null);
            }
        }
        return new Checklist(workType, level, true, storedAfresh(workType, level));
    }

    /** Every item of a checklist as the database has it now, not as remembered: for a change about to be made. */
    private List<Entry> afresh(WorkType workType, CheckLevel level) {
        List<Entry> own = storedAfresh(workType, level);
        return own.isEmpty()
                ? DefaultChecklists.of(workType, level).stream()
                        .map(item -> new Entry(item, true))
                        .toList()
                : own;
    }

    /** Adds an item of the dealer's own wording at the end of the checklist. */
    @Transactional
    public void add(WorkType workType, CheckLevel level, String text) {
        String wording = checked(text);
        lock(workType, level);
        List<Entry> entries = customise(workType, level);
        if (entries.size() >= MOST_ITEMS) {
            throw new InvalidWorkshopInput("text", "workshop.checklists.error.tooMany", MOST_ITEMS);
        }
        insert(workType, level, "own" + (ownItems(workType, level) + 1), entries.size() + 1, wording, true);
    }

    private int ownItems(WorkType workType, CheckLevel level) {
        return jdbc.sql("""
                        SELECT count(*) FROM workshop.checklist_item
                        WHERE dealer_id = :dealer AND work_type = :type AND level = :level AND item_key LIKE 'own%'""")
                .param("dealer", DealerScope.currentDealer())
                .param("type", workType.name())
                .param("level", level.name())
                .query(Integer.class)
                .single();
    }

    private void insert(
            WorkType workType, CheckLevel level, String key, int position, @Nullable String text, boolean active) {
        jdbc.sql("""
                        INSERT INTO workshop.checklist_item (dealer_id, work_type, level, item_key, position, text,
                            active) VALUES (:dealer, :type, :level, :key, :position, :text, :active)""")
                .param("dealer", DealerScope.currentDealer())
                .param("type", workType.name())
                .param("level", level.name())
                .param("key", key)
                .param("position", position)
                .param("text", text, java.sql.Types.VARCHAR)
                .param("active", active)
                .update();
    }

    /** An item at its place, offered or not, and reworded when {@code text} is given; a row already so is left. */
    private void place(
            WorkType workType, CheckLevel level, String key, int position, boolean active, @Nullable String text) {
        jdbc.sql("""
                        UPDATE workshop.checklist_item
                           SET position = :position, active = :active,
                               message_key = CASE WHEN :reworded THEN NULL ELSE message_key END,
                               text = CASE WHEN :reworded THEN CAST(:text AS text) ELSE text END
                        WHERE dealer_id = :dealer AND work_type = :type AND level = :level AND item_key = :key
                          AND (position <> :position OR active <> :active OR :reworded)""")
                .param("position", position)
                .param("active", active)
                .param("reworded", text != null)
                .param("text", text, java.sql.Types.VARCHAR)
                .param("dealer", DealerScope.currentDealer())
                .param("type", workType.name())
                .param("level", level.name())
                .param("key", key)
                .update();
    }

    /**
     * Two changes to one checklist at once (two managers, or a request retried) take turns, so the defaults are copied
     * and the dealer's own items numbered once.
     */
    private void lock(WorkType workType, CheckLevel level) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param(
                        "key",
                        "workshop.checklist_item/" + DealerScope.currentDealer() + "/" + workType.name() + "/"
                                + level.name())
                .query((rs, n) -> 0)
                .list();
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
