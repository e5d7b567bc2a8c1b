package shinrai.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;

/**
 * The dealer's bays (工位), in the order the workshop lists them. The service manager adds, renames, reorders and
 * deactivates them; a bay is removed only while no job was ever put or clocked in it, otherwise it is deactivated
 * and keeps its history.
 */
@Service
@Transactional(readOnly = true)
public class Bays {

    /** A large 4S workshop has 40 to 60; the limit keeps the board readable and a typo from adding thousands. */
    static final int MOST_BAYS = 200;

    private static final String BAYS = """
            SELECT b.*,
                   EXISTS (SELECT FROM workshop.repair_order_line l WHERE l.dealer_id = b.dealer_id AND l.bay_id = b.id)
                   OR EXISTS (SELECT FROM workshop.time_entry e WHERE e.dealer_id = b.dealer_id AND e.bay_id = b.id)
                       AS used
            FROM workshop.bay b
            WHERE b.dealer_id = :dealer""";

    private final JdbcClient jdbc;

    Bays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every bay of the dealer, the inactive ones too, in the workshop's order. */
    public List<Bay> all() {
        return jdbc.sql(BAYS + " ORDER BY b.position, b.id")
                .param("dealer", DealerScope.currentDealer())
                .query(Bays::row)
                .list();
    }

    /** The bays that may take a job now. */
    public List<Bay> active() {
        return all().stream().filter(Bay::active).toList();
    }

    public Bay get(BayId id) {
        return jdbc.sql(BAYS + " AND b.id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .query(Bays::row)
                .optional()
                .orElseThrow(() -> new NotFound("bay", id));
    }

    /**
     * The bay a job is being put in: an active bay of the dealer. A bay of another dealer is as unknown as one that
     * never existed; the refusal names the field {@code bayId}.
     */
    Bay forJob(BayId id) {
        Bay bay = jdbc.sql(BAYS + " AND b.id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .query(Bays::row)
                .optional()
                .orElseThrow(() -> new InvalidWorkshopInput("bayId", "repairOrder.error.unknownBay", id.toString()));
        if (!bay.active()) {
            throw new InvalidWorkshopInput("bayId", "repairOrder.error.bayInactive", bay.name());
        }
        return bay;
    }

    /** Adds a bay at the end of the list. */
    @Transactional
    public Bay add(String name, BayKind kind) {
        String named = checked(name);
        int count = jdbc.sql("SELECT count(*) FROM workshop.bay WHERE dealer_id = :dealer")
                .param("dealer", DealerScope.currentDealer())
                .query(Integer.class)
                .single();
        if (count >= MOST_BAYS) {
            throw new InvalidWorkshopInput("name", "workshop.bays.error.tooMany", MOST_BAYS);
        }
        refuseTaken(named, null);
        try {
            long id = jdbc.sql("""
                            INSERT INTO workshop.bay (dealer_id, name, kind, position)
                            VALUES (:dealer, :name, :kind, (SELECT coalesce(max(position), 0) + 1 FROM workshop.bay
                                                            WHERE dealer_id = :dealer))
                            RETURNING id""")
                    .param("dealer", DealerScope.currentDealer())
                    .param("name", named)
                    .param("kind", kind.name())
                    .query(Long.class)
                    .single();
            return get(new BayId(id));
        } catch (DuplicateKeyException addedMeanwhile) {
            throw taken(named);
        }
    }

    /** Renames a bay, says what it is equipped for, and takes it out of service or back into it. */
    @Transactional
    public Bay change(BayId id, String name, BayKind kind, boolean active) {
        String named = checked(name);
        get(id);
        refuseTaken(named, id);
        try {
            jdbc.sql("""
                            UPDATE workshop.bay SET name = :name, kind = :kind, active = :active
                            WHERE dealer_id = :dealer AND id = :id
                              AND (name, kind, active) IS DISTINCT FROM (:name, :kind, :active)""")
                    .param("name", named)
                    .param("kind", kind.name())
                    .param("active", active)
                    .param("dealer", DealerScope.currentDealer())
                    .param("id", id.value())
                    .update();
        } catch (DuplicateKeyException renamedMeanwhile) {
            throw taken(named);
        }
        return get(id);
    }

    /** Moves a bay to {@code position} in the list (from 1; beyond either end it goes to that end). */
    @Transactional
    public Bay move(BayId id, int position) {
        List<Bay> bays = new ArrayList<>(all());
        Bay moved =
                bays.stream().filter(bay -> bay.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("bay", id));
        bays.remove(moved);
        bays.add(Math.max(0, Math.min(bays.size(), position - 1)), moved);
        for (int i = 0; i < bays.size(); i++) {
            if (bays.get(i).position() != i + 1) {
                jdbc.sql("UPDATE workshop.bay SET position = :position WHERE dealer_id = :dealer AND id = :id")
                        .param("position", i + 1)
                        .param("dealer", DealerScope.currentDealer())
                        .param("id", bays.get(i).id().value())
                        .update();
            }
        }
        return get(id);
    }

    /** Removes a bay added by mistake; one that any job was ever put or clocked in is refused (deactivate it). */
    @Transactional
    public void remove(BayId id) {
        Bay bay = get(id);
        if (bay.used()) {
            throw new BayHasHistory(bay.name());
        }
        jdbc.sql("DELETE FROM workshop.bay WHERE dealer_id = :dealer AND id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .update();
    }

    private void refuseTaken(String name, @org.jspecify.annotations.Nullable BayId other) {
        boolean taken = jdbc.sql("""
                        SELECT EXISTS (SELECT FROM workshop.bay WHERE dealer_id = :dealer AND name = :name
                                       AND id <> :other)""")
                .param("dealer", DealerScope.currentDealer())
                .param("name", name)
                .param("other", other == null ? 0L : other.value())
                .query(Boolean.class)
                .single();
        if (taken) {
            throw taken(name);
        }
    }

    private static InvalidWorkshopInput taken(String name) {
        return new InvalidWorkshopInput("name", "workshop.bays.error.nameTaken", name);
    }

    private static String checked(String name) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (name.isBlank()) {
            invalid.add(new InvalidWorkshopInput("name", "workshop.bays.error.nameMissing"));
        }
        TextLimits.check(invalid, "name", name.strip(), TextLimits.TOKEN);
        invalid.throwIfAny();
        return name.strip();
    }

    private static Bay row(ResultSet rs, int n) throws SQLException {
        return new Bay(
                new BayId(rs.getLong("id")),
                rs.getString("name"),
                BayKind.valueOf(rs.getString("kind")),
                rs.getInt("position"),
                rs.getBoolean("active"),
                rs.getBoolean("used"));
    }
}
