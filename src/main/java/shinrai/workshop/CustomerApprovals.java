package shinrai.workshop;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;

/**
 * The customer's approvals recorded on a repair order, as evidence for the order's page and API: each with how it was
 * given and the lines it decided; and the signature drawn on the tablet, read only when someone opens it.
 */
@Service
@Transactional(readOnly = true)
public class CustomerApprovals {

    private final JdbcClient jdbc;

    CustomerApprovals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order's approvals, oldest first, with the lines each approved and declined. */
    public List<RecordedApproval> of(RepairOrderId id) {
        return jdbc.sql("""
                        SELECT a.number, a.method, a.approved_by_name, a.phone, a.signature_png IS NOT NULL AS signed,
                               a.amount, a.recorded_by, a.recorded_at, a.client_ip, a.user_agent,
                               coalesce(bool_or(l.supplement), false) AS supplement,
                               array_remove(array_agg(CASE WHEN l.approval = 'APPROVED' THEN l.line_no END
                                                      ORDER BY l.line_no), NULL) AS approved,
                               array_remove(array_agg(CASE WHEN l.approval = 'DECLINED' THEN l.line_no END
                                                      ORDER BY l.line_no), NULL) AS declined
                        FROM workshop.customer_approval a
                        LEFT JOIN workshop.repair_order_line l
                          ON l.dealer_id = a.dealer_id AND l.repair_order_id = a.repair_order_id
                         AND l.approval_no = a.number
                        WHERE a.dealer_id = :dealer AND a.repair_order_id = :id
                        GROUP BY a.dealer_id, a.repair_order_id, a.number
                        ORDER BY a.number""")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .query(CustomerApprovals::row)
                .list();
    }

    /** The signature (PNG) of one of the dealer's approvals; another dealer's, or a call's, is not found. */
    public Optional<byte[]> signature(RepairOrderId id, int approval) {
        return jdbc.sql("""
                        SELECT signature_png FROM workshop.customer_approval
                        WHERE dealer_id = :dealer AND repair_order_id = :id AND number = :number
                          AND signature_png IS NOT NULL""")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .param("number", approval)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static RecordedApproval row(ResultSet rs, int n) throws SQLException {
        return new RecordedApproval(
                rs.getInt("number"),
                CustomerApproval.Method.valueOf(rs.getString("method")),
                rs.getString("approved_by_name"),
                rs.getString("phone"),
                rs.getBoolean("signed"),
                Money.of(rs.getBigDecimal("amount")),
                new StaffId(rs.getLong("recorded_by")),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("client_ip"),
                rs.getString("user_agent"),
                rs.getBoolean("supplement"),
                lines(rs.getArray("approved")),
                lines(rs.getArray("declined")));
    }

    private static List<Integer> lines(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }
}
