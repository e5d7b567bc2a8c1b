package shinrai.parts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.database.DatabaseNotifications;
import shinrai.database.RememberedRows;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.LikeText;
import shinrai.shared.Money;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;

/** The dealer's parts catalogue: looked up when a part goes on a repair order, kept by the parts clerk. */
@Service
@Transactional(readOnly = true)
public class PartsCatalogue {

    /** Longer chains than this are a data error (the carmaker's supersessions run a few steps). */
    private static final int LONGEST_SUPERSESSION = 20;

    public static final int UNIT = 20;

    /** Where the database announces a change of any dealer's catalogue (see its migration). */
    static final String CHANNEL = "part_changed";

    private record Asked(long dealer, PartNumber number) {}

    private final JdbcClient jdbc;
    /** The part to fit for each number asked for: read on every part line, changed by the parts clerk now and then. */
    private final RememberedRows<Asked, Part> toFit;

    PartsCatalogue(JdbcClient jdbc, DatabaseNotifications notifications) {
        this.jdbc = jdbc;
        this.toFit = RememberedRows.forgottenOnAnyChange(notifications, CHANNEL, Duration.ofMinutes(5), 100_000);
    }

    public Optional<Part> find(PartNumber number) {
        return jdbc.sql("SELECT * FROM parts.part WHERE dealer_id = :dealer AND number = :number")
                .param("dealer", DealerScope.currentDealer())
                .param("number", number.value())
                .query(PartsCatalogue::row)
                .optional();
    }

    /**
     * The part to fit when {@code number} is asked for: the number itself, or the last of the parts that superseded
     * it.
     */
    public Part partToFit(PartNumber number) {
        return toFit.get(new Asked(DealerScope.currentDealer(), number), asked -> {
                    List<Part> chain = supersessions(number);
                    return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
                })
                .orElseThrow(() -> new NotFound("part", number));
    }

    /** The part and each that superseded it, in order, in one statement however long the chain. */
    private List<Part> supersessions(PartNumber number) {
        return jdbc.sql("""
                        WITH RECURSIVE chain AS (
                            SELECT p.*, 0 AS step FROM parts.part p WHERE dealer_id = :dealer AND number = :number
                            UNION ALL
                            SELECT p.*, c.step + 1 FROM chain c
                            JOIN parts.part p ON p.dealer_id = c.dealer_id AND p.number = c.superseded_by
                            WHERE c.step < :longest)
                        SELECT * FROM chain ORDER BY step""")
                .param("dealer", DealerScope.currentDealer())
                .param("number", number.value())
                .param("longest", LONGEST_SUPERSESSION)
                .query(PartsCatalogue::row)
                .list();
    }

    /** The dealer has listed no part yet. */
    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM parts.part WHERE dealer_id = :dealer)")
                .param("dealer", DealerScope.currentDealer())
                .query(Boolean.class)
                .single();
    }

    /** Parts whose number starts with, or whose name contains, what was typed; numbers first. */
    public List<Part> search(String typed, int limit) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM parts.part WHERE dealer_id = :dealer
                            AND (number LIKE :prefix OR name LIKE :contains)
                        ORDER BY number NOT LIKE :prefix, number LIMIT :limit""")
                .param("dealer", DealerScope.currentDealer())
                .param("prefix", LikeText.escaped(text.toUpperCase(java.util.Locale.ROOT)) + "%")
                .param("contains", "%" + LikeText.escaped(text) + "%")
                .param("limit", limit)
                .query(PartsCatalogue::row)
                .list();
    }

    /** Adds the part, or changes it if its number is listed already. A supersession may not lead back to itself. */
    @Transactional
    public Part save(Part part) {
        check(part);
        Part saved = jdbc.sql("""
                        INSERT INTO parts.part (dealer_id, number, name, unit, retail_price, superseded_by)
                        VALUES (:dealer, :number, :name, :unit, :price, :supersededBy)
                        ON CONFLICT (dealer_id, number) DO UPDATE SET name = excluded.name, unit = excluded.unit,
                            retail_price = excluded.retail_price, superseded_by = excluded.superseded_by
                        RETURNING *""")
                .param("dealer", DealerScope.currentDealer())
                .param("number", part.number().value())
                .param("name", part.name())
                .param("unit", part.unit())
                .param("price", part.retailPrice().amount())
                .param(
                        "supersededBy",
                        part.supersededBy() == null ? null : part.supersededBy().value())
                .query(PartsCatalogue::row)
                .single();
        toFit.forgetAllAfterTransaction();
        return saved;
    }

    private void check(Part part) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (part.name().isBlank()) {
            invalid.add(new Refused("name", "parts.error.nameMissing"));
        }
        TextLimits.check(invalid, "name", part.name(), TextLimits.NAME);
        if (part.unit().isBlank()) {
            invalid.add(new Refused("unit", "parts.error.unitMissing"));
        }
        TextLimits.check(invalid, "unit", part.unit(), UNIT);
        if (part.retailPrice().isNegative()) {
            invalid.add(new Refused("retailPrice", "parts.error.negativePrice"));
        }
        PartNumber successor = part.supersededBy();
        if (successor != null) {
            if (successor.equals(part.number())) {
                invalid.add(new Refused("supersededBy", "parts.error.supersedesItself"));
            } else {
                List<Part> chain = supersessions(successor);
                if (chain.isEmpty()) {
                    invalid.add(new Refused("supersededBy", "parts.error.successorUnknown", successor.value()));
                } else if (chain.stream().anyMatch(each -> each.number().equals(part.number()))) {
                    invalid.add(new Refused("supersededBy", "parts.error.supersessionLoop", successor.value()));
                }
            }
        }
        invalid.throwIfAny();
    }

    private static Part row(ResultSet rs, int n) throws SQLException {
        @Nullable String successor = rs.getString("superseded_by");
        BigDecimal price = rs.getBigDecimal("retail_price");
        return new Part(
                new PartNumber(rs.getString("number")),
                rs.getString("name"),
                rs.getString("unit"),
                Money.of(price),
                successor == null ? null : new PartNumber(successor));
    }

    /** A catalogue entry refused, naming the field. */
    static final class Refused extends BusinessRuleViolation {
        Refused(String field, String messageKey, Object... arguments) {
            super(messageKey, field, arguments);
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }
}
