package shinrai.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import shinrai.shared.PersonalData;

/**
 * What a module tells the audit log about one of its tables, so that the log's rows read in business words and
 * show personal data masked. The audit module owns this contract and each module contributes a bean for the tables
 * it owns, so the log depends on no business module.
 *
 * <p>Labels need no code: the table reads as the message {@code audit.table.<schema.table>} and a column as
 * {@code audit.field.<schema.table>.<column>} (or {@code audit.field.<column>} for columns many tables share).
 * Tables without a bean are labelled the same way and their text is still scrubbed of phone and ID numbers.
 */
public interface AuditedTable {

    /** The table as triggers record it: {@code customer.customer}. */
    String table();

    /**
     * How a column holds personal data, if it does, given the row's other values as text (an outbox address is a
     * mobile number or an e-mail address depending on the channel).
     */
    default @Nullable PersonalData personal(String column, Map<String, @Nullable String> row) {
        return null;
    }

    /** Columns nobody needs to read in the log (derived, internal); ids, versions and secrets are hidden anyway. */
    default Set<String> internalColumns() {
        return Set.of();
    }

    /**
     * The message key prefix that labels a column's coded values ({@code status} → {@code outbox.status.}); values
     * of other columns are shown as stored.
     */
    default Map<String, String> valueLabels() {
        return Map.of();
    }

    /**
     * The records with these ids in words, read now in the current dealer's scope: "客户 王伟 #12", "预约 #23 的确认短信".
     * Records missing from the answer (deleted since, or a table without names) read as the table's label, the
     * name the logged row carries, and the id.
     */
    default Map<Long, MessageSourceResolvable> labels(Collection<Long> ids) {
        return Map.of();
    }

    /** "客户 王伟 #12": the table's label, the record's name and its id. */
    static MessageSourceResolvable named(String table, long id, String name) {
        return new DefaultMessageSourceResolvable(new String[] {"audit.record.named"}, new Object[] {
            new DefaultMessageSourceResolvable(new String[] {"audit.table." + table}, null, table),
            name,
            String.valueOf(id)
        });
    }
}
