package shinrai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;

/**
 * Raw SQL under the runtime role: the database itself keeps dealers apart. Covers every table that carries a
 * dealer column, found in the catalogue, so a table added by a later module is covered without touching this test.
 */
@ApplicationTest
class RowLevelSecurityTest {

    static final long D001 = 1;
    static final long D002 = 2;
    static final long NETWORK = 1;

    final JdbcClient runtime;
    final JdbcClient owner;

    @Autowired
    RowLevelSecurityTest(DataSource runtime, @SchemaOwner DataSource owner) {
        this.runtime = JdbcClient.create(runtime);
        this.owner = JdbcClient.create(owner);
    }

    @Test
    void theApplicationRunsAsARoleThatOwnsNothingAndCannotBypassSecurity() {
        DealerScope.systemFor(D002).run(() -> {
            assertThat(runtime.sql("SELECT current_user").query(String.class).single())
                    .isEqualTo("shinrai_app");
            assertThat(runtime.sql("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
            assertThat(runtime.sql("SELECT count(*) FROM pg_tables WHERE tableowner = current_user")
                            .query(Long.class)
                            .single())
                    .isZero();
        });
    }

    @Test
    void everyDealerTableHasRowLevelSecurity() {
        assertThat(dealerTables()).isNotEmpty().allSatisfy(table -> {
            assertThat(owner.sql("SELECT relrowsecurity FROM pg_class WHERE oid = CAST(:t AS regclass)")
                            .param("t", table.name())
                            .query(Boolean.class)
                            .single())
                    .as("row-level security on %s", table.name())
                    .isTrue();
            assertThat(owner.sql("SELECT count(*) FROM pg_policies WHERE schemaname || '.' || tablename = :t")
                            .param("t", table.name())
                            .query(Long.class)
                            .single())
                    .as("policies on %s", table.name())
                    .isPositive();
        });
    }

    /** Rows a network keeps for all its dealers (a network's questionnaires) are guarded the same way. */
    @Test
    void everyNetworkTableHasRowLevelSecurity() {
        List<String> networkTables = owner.sql("""
                        SELECT c.table_schema || '.' || c.table_name FROM information_schema.columns c
                        JOIN information_schema.tables t
                          ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.column_name = 'network_id' AND t.table_type = 'BASE TABLE'
                          AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
                        ORDER BY 1""").query(String.class).list();
        assertThat(networkTables).contains("survey.network_questionnaire").allSatisfy(table -> {
            assertThat(owner.sql("SELECT relrowsecurity FROM pg_class WHERE oid = CAST(:t AS regclass)")
                            .param("t", table)
                            .query(Boolean.class)
                            .single())
                    .as("row-level security on %s", table)
                    .isTrue();
            assertThat(owner.sql("SELECT count(*) FROM pg_policies WHERE schemaname || '.' || tablename = :t")
                            .param("t", table)
                            .query(Long.class)
                            .single())
                    .as("policies on %s", table)
                    .isPositive();
            assertThat(DealerScope.NONE.call(() -> runtime.sql("SELECT count(*) FROM " + table)
                            .query(Long.class)
                            .single()))
                    .as("rows of %s without a scope", table)
                    .isZero();
        });
    }

    @Test
    void withD002SetNoTableShowsAD001Row() {
        for (DealerTable table : dealerTables()) {
            long d001RowsForOwner = countD001(owner, table);
            long d001RowsForD002 = DealerScope.systemFor(D002).call(() -> countD001(runtime, table));
            assertThat(d001RowsForD002)
                    .as("D001 rows of %s seen with D002 set", table.name())
                    .isZero();
            if (table.name().equals("dealer.user_account") || table.name().equals("dealer.dealer")) {
                assertThat(d001RowsForOwner)
                        .as("the test has D001 rows of %s to hide", table.name())
                        .isPositive();
            }
        }
    }

    @Test
    void withD002SetNoD001RowCanBeChangedOrDeleted() {
        for (DealerTable table : dealerTables()) {
            DealerScope.systemFor(D002).run(() -> {
                assertThat(changedOrRefused("UPDATE " + table.name() + " SET " + table.touched() + " = "
                                + table.touched() + " WHERE " + table.column() + " = " + D001))
                        .as("D001 rows of %s updated with D002 set", table.name())
                        .isZero();
                assertThat(changedOrRefused("DELETE FROM " + table.name() + " WHERE " + table.column() + " = " + D001))
                        .as("D001 rows of %s deleted with D002 set", table.name())
                        .isZero();
            });
        }
    }

    @Test
    void withD002SetNothingCanBeWrittenIntoD001() {
        DealerScope.systemFor(D002).run(() -> {
            assertThat(refusal("INSERT INTO dealer.user_account (dealer_id, network_id, username, display_name,"
                            + " password_hash, roles) VALUES (1, 1, 'planted', 'x', 'x', ARRAY['CASHIER'])"))
                    .contains("row-level security");
            assertThat(refusal("INSERT INTO audit.audit_event (dealer_id, action) VALUES (1, 'PLANTED')"))
                    .contains("row-level security");
            assertThat(refusal("UPDATE dealer.user_account SET dealer_id = 1 WHERE dealer_id = 2"))
                    .contains("row-level security");
        });
    }

    @Test
    void aNetworkScopeReadsEveryDealerOfTheNetworkAndWritesNothing() {
        DealerScope network = new DealerScope(null, "network", null, NETWORK);
        network.run(() -> {
            assertThat(runtime.sql("SELECT DISTINCT dealer_id FROM dealer.user_account ORDER BY 1")
                            .query(Long.class)
                            .list())
                    .containsExactly(D001, D002);
            assertThat(runtime.sql("UPDATE dealer.user_account SET display_name = display_name")
                            .update())
                    .isZero();
            assertThat(runtime.sql("UPDATE dealer.dealer SET name = name").update())
                    .isZero();
        });
    }

    /**
     * Every statement on a dealer's table evaluates the read policy; for dealer staff it must cost two settings read,
     * not a function call whose body the server parses and plans again each time.
     */
    @Test
    void theReadPolicyIsAPlainExpressionThePlannerInlines() {
        DealerScope.systemFor(D002).run(() -> {
            String plan = String.join(
                    "\n",
                    runtime.sql("EXPLAIN (VERBOSE) SELECT * FROM dealer.user_account")
                            .query(String.class)
                            .list());
            assertThat(plan).contains("current_setting('shinrai.dealer_id'").doesNotContain("readable_dealers");
        });
    }

    @Test
    void withoutAScopeNothingIsVisible() {
        assertThat(dealerTables())
                .allSatisfy(table -> assertThat(runtime.sql("SELECT count(*) FROM " + table.name())
                                .query(Long.class)
                                .single())
                        .as("rows of %s without a scope", table.name())
                        .isZero());
    }

    /** Tables keyed by a dealer: every table with a dealer_id column, and the dealer table itself. */
    List<DealerTable> dealerTables() {
        List<DealerTable> tables = owner.sql("""
                        SELECT table_schema || '.' || table_name
                        FROM information_schema.columns
                        WHERE column_name = 'dealer_id'
                          AND table_schema NOT IN ('pg_catalog', 'information_schema')
                        ORDER BY 1""").query(String.class).list().stream()
                .map(name -> new DealerTable(name, "dealer_id", "dealer_id"))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        tables.add(new DealerTable("dealer.dealer", "id", "name"));
        return tables;
    }

    long countD001(JdbcClient client, DealerTable table) {
        return client.sql("SELECT count(*) FROM " + table.name() + " WHERE " + table.column() + " = " + D001)
                .query(Long.class)
                .single();
    }

    /** Rows changed; a statement the role may not run at all changes none. */
    int changedOrRefused(String sql) {
        try {
            return runtime.sql(sql).update();
        } catch (DataAccessException refused) {
            assertThat(refused.getMostSpecificCause().getMessage()).contains("permission denied");
            return 0;
        }
    }

    /** PostgreSQL's own words for refusing a statement. */
    String refusal(String sql) {
        DataAccessException refused = (DataAccessException) org.assertj.core.api.Assertions.catchThrowable(
                () -> runtime.sql(sql).update());
        assertThat(refused).as("refused: %s", sql).isNotNull();
        return refused.getMostSpecificCause().getMessage();
    }

    /**
     * @param column the column naming the dealer
     * @param touched a column an UPDATE may set to itself, to try a change that alters nothing
     */
    record DealerTable(String name, String column, String touched) {}
}
