package shinrai.database;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The runtime role's statements are cancelled after {@code shinrai.db.statement-timeout} (a few seconds), so that no
 * request can hold a connection and a core for minutes. Named batch jobs that legitimately run longer statements (an
 * import's set-based batches and statistics on a big dealer) lift that limit for one transaction at a time, and
 * only for as long as that transaction lasts:
 *
 * <pre>{@code
 * batch.execute(status -> {
 *     statementTimeout.extendForBatchJob("customer import");
 *     ...
 * });
 * }</pre>
 */
@Component
public class StatementTimeout {

    private static final Logger log = LoggerFactory.getLogger(StatementTimeout.class);

    private final JdbcClient jdbc;
    private final long batchMillis;

    StatementTimeout(DataSource dataSource, DatabaseProperties properties) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batchMillis = properties.batchStatementTimeout().toMillis();
    }

    /**
     * Lets the statements of the current transaction run up to {@code shinrai.db.batch-statement-timeout}; the
     * transaction's end restores the usual limit ({@code SET LOCAL}).
     *
     * @param job what runs, for the log and for the message when called outside a transaction
     * @throws IllegalStateException outside a transaction, where the setting would silently do nothing
     */
    public void extendForBatchJob(String job) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    job + " asked for the batch statement timeout outside a transaction, where it would not apply");
        }
        jdbc.sql("SELECT set_config('statement_timeout', :millis, true)")
                .param("millis", Long.toString(batchMillis))
                .query()
                .singleValue();
        log.debug("{}: statements of this transaction may run {} ms", job, batchMillis);
    }
}
