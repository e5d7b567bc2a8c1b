package shinrai.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.shared.DealerScope;

/**
 * No statement of the runtime role runs past a few seconds (a 40,000-character name once kept a core busy for two
 * and a half minutes), except in a named batch job's transaction, which asks for longer.
 */
@ApplicationTest
class StatementTimeoutTest {

    @Autowired
    DataSource runtime;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Autowired
    StatementTimeout statementTimeout;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvcTester mvc;

    @Test
    void aStatementRunningPastTheTimeoutIsCancelledInsteadOfHoldingItsConnection() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> DealerScope.systemFor(1)
                        .run(() -> JdbcClient.create(runtime)
                                .sql("SELECT pg_sleep(30)")
                                .query()
                                .singleValue()))
                .isInstanceOf(QueryTimeoutException.class);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(waited).isBetween(Duration.ofMillis(4_500), Duration.ofSeconds(10));
    }

    @Test
    void theRuntimeRoleHasTheShortTimeoutAndMigrationsNone() {
        assertThat(DealerScope.systemFor(1).call(() -> show(JdbcClient.create(runtime))))
                .isEqualTo("5s");
        assertThat(show(JdbcClient.create(owner))).as("schema owner").isEqualTo("0");
    }

    @Test
    void aBatchJobsTransactionMayRunLongerAndTheNextTransactionHasTheShortTimeoutAgain() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        JdbcClient jdbc = JdbcClient.create(runtime);
        String inTheBatchJob = DealerScope.systemFor(1)
                .call(() -> transaction.execute(status -> {
                    statementTimeout.extendForBatchJob("test batch");
                    return show(jdbc);
                }));
        String inTheNextTransaction = DealerScope.systemFor(1).call(() -> transaction.execute(status -> show(jdbc)));
        assertThat(inTheBatchJob).isEqualTo("10min");
        assertThat(inTheNextTransaction).isEqualTo("5s");
    }

    @Test
    void askingForTheBatchTimeoutOutsideATransactionIsAMistakeSaidAtOnce() {
        assertThatThrownBy(() -> statementTimeout.extendForBatchJob("test batch"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test batch")
                .hasMessageContaining("outside a transaction");
    }

    @Test
    void anApiRequestWhoseStatementRunsTooLongIsAnsweredWithAProblemToRetryLater() {
        MvcTestResult answer = mvc.get()
                .uri("/api/v1/test-only/slow-query")
                .header(HttpHeaders.AUTHORIZATION, DemoAccounts.bearer(mvc, "advisor"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange();
        assertThat(answer).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.detail").asString().contains("took too long");
        assertThat(answer).bodyText().doesNotContain("pg_sleep", "canceling statement");
    }

    private static String show(JdbcClient jdbc) {
        return jdbc.sql("SHOW statement_timeout").query(String.class).single();
    }
}
