package shinrai.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import shinrai.ApplicationTest;

/** Statements sent together answer what each changed, in order, and a failing one stops the rest. */
@ApplicationTest
class RoundTripTest {

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void statementsSentTogetherAnswerTheRowsEachChangedInTheOrderTheyWereAdded() throws SQLException {
        try (Connection connection = owner.getConnection()) {
            JdbcTemplate jdbc = scratchTable(connection);
            RoundTrip trip = new RoundTrip();
            trip.sql("INSERT INTO round_trip VALUES (:id, :note)")
                    .param("id", 1)
                    .param("note", null, Types.VARCHAR);
            trip.sql("INSERT INTO round_trip SELECT g, 'made' FROM generate_series(2, :last) g")
                    .param("last", 4);
            trip.sql("UPDATE round_trip SET note = :note WHERE id > :id")
                    .param("note", "late")
                    .param("id", 10);
            trip.sql("UPDATE round_trip SET note = :note WHERE id = :id")
                    .param("note", "first")
                    .param("id", 1);

            assertThat(trip.send(jdbc)).containsExactly(1, 3, 0, 1);
            assertThat(jdbc.queryForList("SELECT note FROM round_trip ORDER BY id", String.class))
                    .containsExactly("first", "made", "made", "made");
        }
    }

    @Test
    void aFailingStatementFailsTheCallAndTheStatementsAfterItAreNotRun() throws SQLException {
        try (Connection connection = owner.getConnection()) {
            JdbcTemplate jdbc = scratchTable(connection);
            RoundTrip trip = new RoundTrip();
            trip.sql("INSERT INTO round_trip VALUES (1, 'one')");
            trip.sql("INSERT INTO round_trip VALUES (1, 'one again')");
            trip.sql("INSERT INTO round_trip VALUES (2, 'two')");

            assertThatThrownBy(() -> trip.send(jdbc)).isInstanceOf(DuplicateKeyException.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM round_trip WHERE id = 2", Integer.class))
                    .isZero();
        }
    }

    private static JdbcTemplate scratchTable(Connection connection) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        jdbc.execute("CREATE TEMPORARY TABLE IF NOT EXISTS round_trip (id int PRIMARY KEY, note text)");
        jdbc.execute("TRUNCATE round_trip");
        return jdbc;
    }
}
