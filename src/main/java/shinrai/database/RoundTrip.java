package shinrai.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * Statements sent to PostgreSQL together: the driver puts them in one message and reads all their results back, so
 * the server is waited for once instead of once per statement. Each statement has its own named parameters, written
 * as {@code JdbcClient} takes them.
 *
 * <p>For the writes of one transaction that must happen in order but whose outcome nothing needs before the next one
 * is sent, such as an aggregate's row and the child rows a step added. A failing statement fails the whole call (and
 * its transaction): the statements after it are not run.
 */
public final class RoundTrip {

    /** Statements are constants of the code, so their parsed form is kept rather than parsed on every send. */
    private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

    private static final int MOST_REMEMBERED = 1_000;

    private final List<Statement> statements = new ArrayList<>();

    /** Adds a statement; its parameters are given on what this returns. */
    public Statement sql(String sql) {
        Statement statement = new Statement(sql);
        statements.add(statement);
        return statement;
    }

    /** Sends the statements and answers how many rows each changed, in the order they were added. */
    public int[] send(JdbcOperations jdbc) {
        if (statements.isEmpty()) {
            return new int[0];
        }
        StringBuilder sql = new StringBuilder();
        List<@Nullable Object> values = new ArrayList<>();
        for (Statement statement : statements) {
            ParsedSql parsed = parsed(statement.sql);
            if (!sql.isEmpty()) {
                sql.append(";\n");
            }
            sql.append(NamedParameterUtils.substituteNamedParameters(parsed, statement.parameters));
            values.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, statement.parameters, null)));
        }
        int[] changed = jdbc.execute(sql.toString(), (PreparedStatementCallback<int[]>) prepared -> {
            new ArgumentPreparedStatementSetter(values.toArray()).setValues(prepared);
            prepared.execute();
            int[] counts = new int[statements.size()];
            for (int i = 0; i < counts.length; i++) {
                if (i > 0) {
                    prepared.getMoreResults();
                }
                counts[i] = prepared.getUpdateCount();
            }
            return counts;
        });
        return changed == null ? new int[0] : changed;
    }

    private static ParsedSql parsed(String sql) {
        ParsedSql parsed = PARSED.get(sql);
        if (parsed == null) {
            parsed = NamedParameterUtils.parseSqlStatement(sql);
            if (PARSED.size() < MOST_REMEMBERED) {
                PARSED.put(sql, parsed);
            }
        }
        return parsed;
    }

    /** One statement of the round trip and its parameters. */
    public static final class Statement {

        private final String sql;
        private final MapSqlParameterSource parameters = new MapSqlParameterSource();

        private Statement(String sql) {
            this.sql = sql;
        }

        public Statement param(String name, @Nullable Object value) {
            parameters.addValue(name, value);
            return this;
        }

        /** A parameter with its SQL type: a nullable one keeps the same type whether null or not. */
        public Statement param(String name, @Nullable Object value, int sqlType) {
            parameters.addValue(name, value, sqlType);
            return this;
        }
    }
}
