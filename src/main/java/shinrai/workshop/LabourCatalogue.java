package shinrai.workshop;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.database.DatabaseNotifications;
import shinrai.database.RememberedRows;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.LikeText;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;

/** The dealer's labour operations with their standard hours; the dealer's profile holds the rate per hour. */
@Service
@Transactional(readOnly = true)
public class LabourCatalogue {

    private static final BigDecimal MOST_HOURS = new BigDecimal("999.99");

    /** Where the database announces a change of any dealer's catalogue (see its migration). */
    static final String CHANNEL = "labour_operation_changed";

    private record Key(long dealer, String code) {}

    private final JdbcClient jdbc;
    /** Operations looked up for new lines: read on every labour line, changed by a service manager now and then. */
    private final RememberedRows<Key, LabourOperation> remembered;

    LabourCatalogue(JdbcClient jdbc, DatabaseNotifications notifications) {
        this.jdbc = jdbc;
        this.remembered = RememberedRows.forgottenOnAnyChange(notifications, CHANNEL, Duration.ofMinutes(5), 100_000);
    }

    public Optional<LabourOperation> find(String code) {
        return remembered.get(
                new Key(DealerScope.currentDealer(), normalised(code)),
                key -> jdbc.sql("SELECT * FROM workshop.labour_operation WHERE dealer_id = :dealer AND code = :code")
                        .param("dealer", key.dealer())
                        .param("code", key.code())
                        .query(LabourCatalogue::row)
                        .optional());
    }

    /** An operation that may go on a new repair order. */
    public LabourOperation offered(String code) {
        return find(code).filter(LabourOperation::active).orElseThrow(() -> new NotFound("labourOperation", code));
    }

    /** Active operations whose code starts with, or whose name contains, what was typed. */
    public List<LabourOperation> search(String typed, int limit) {
        String text = typed.strip();
        return jdbc.sql("""
                        SELECT * FROM workshop.labour_operation WHERE dealer_id = :dealer AND active
                            AND (code LIKE :prefix OR name LIKE :contains)
                        ORDER BY code LIMIT :limit""")
                .param("dealer", DealerScope.currentDealer())
                .param("prefix", LikeText.escaped(text.toUpperCase(Locale.ROOT)) + "%")
                .param("contains", "%" + LikeText.escaped(text) + "%")
                .param("limit", limit)
                .query(LabourCatalogue::row)
                .list();
    }

    @Transactional
    public LabourOperation save(LabourOperation operation) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (!normalised(operation.code()).matches("[A-Z0-9][A-Z0-9.-]{0,38}")) {
            invalid.add(new InvalidWorkshopInput("code", "labour.error.code"));
        }
        if (operation.name().isBlank()) {
            invalid.add(new InvalidWorkshopInput("name", "labour.error.nameMissing"));
        }
        TextLimits.check(invalid, "name", operation.name(), TextLimits.NAME);
        if (operation.standardHours().signum() <= 0
                || operation.standardHours().compareTo(MOST_HOURS) > 0
                || operation.standardHours().stripTrailingZeros().scale() > 2) {
            invalid.add(new InvalidWorkshopInput("standardHours", "labour.error.hours"));
        }
        invalid.throwIfAny();
        LabourOperation saved = jdbc.sql("""
                        INSERT INTO workshop.labour_operation (dealer_id, code, name, work_type, standard_hours, active)
                        VALUES (:dealer, :code, :name, :type, :hours, :active)
                        ON CONFLICT (dealer_id, code) DO UPDATE SET name = excluded.name,
                            work_type = excluded.work_type, standard_hours = excluded.standard_hours,
                            active = excluded.active
                        RETURNING *""")
                .param("dealer", DealerScope.currentDealer())
                .param("code", normalised(operation.code()))
                .param("name", operation.name().strip())
                .param("type", operation.workType().name())
                .param("hours", operation.standardHours())
                .param("active", operation.active())
                .query(LabourCatalogue::row)
                .single();
        remembered.forgetAllAfterTransaction();
        return saved;
    }

    private static String normalised(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static LabourOperation row(ResultSet rs, int n) throws SQLException {
        return new LabourOperation(
                rs.getString("code"),
                rs.getString("name"),
                WorkType.valueOf(rs.getString("work_type")),
                rs.getBigDecimal("standard_hours"),
                rs.getBoolean("active"));
    }
}
