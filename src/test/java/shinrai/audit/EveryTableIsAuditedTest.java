package shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;

/**
 * Every business table records its changes in the audit log, found in the catalogue: a table a later module adds is
 * covered without touching this test. The few left out say why.
 */
@ApplicationTest
class EveryTableIsAuditedTest {

    /** Tables whose rows are not business records of their own, with the reason. */
    static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            Map.entry("audit.audit_event", "the audit log itself"),
            Map.entry("appointment.booking_day", "a day's lock row, taken to book the day one at a time"),
            Map.entry("workshop.order_number", "a day's counter of repair order numbers"),
            Map.entry("followup.assignment_turn", "whose turn it is to take the next call, a counter like the above"),
            Map.entry("customer.import_mapping", "an import's column choices while it is set up"),
            Map.entry("customer.import_error", "an import's report of the rows it refused, kept with the import"),
            Map.entry(
                    "workshop.quality_check_item",
                    "written once with its quality check, which is audited, and never changed (no UPDATE or DELETE)"),
            Map.entry("customer.timeline_entry", "a history written from changes that are audited where they happen"),
            Map.entry(
                    "reception.damage_mark",
                    "written once with its reception, which is audited, and never changed (no UPDATE or DELETE)"));

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void everyTableWithADealerColumnHasTheAuditTrigger() {
        List<String> unaudited =
                JdbcClient.create(owner).sql("""
                        SELECT c.table_schema || '.' || c.table_name FROM information_schema.columns c
                        JOIN information_schema.tables t
                          ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.column_name = 'dealer_id' AND t.table_type = 'BASE TABLE'
                          AND c.table_schema NOT IN ('pg_catalog', 'information_schema', 'public')
                          AND NOT EXISTS (
                              SELECT 1 FROM pg_trigger g
                              WHERE g.tgrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
                                AND g.tgname = 'audit_changes')
                        ORDER BY 1""").query(String.class).list();
        assertThat(unaudited).containsExactlyInAnyOrderElementsOf(NOT_AUDITED.keySet());
    }
}
