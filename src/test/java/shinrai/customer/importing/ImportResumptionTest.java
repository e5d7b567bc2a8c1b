package shinrai.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;

/** An import cut off by a restart starts again when Shinrai is back, and still imports nothing twice. */
@ApplicationTest
class ImportResumptionTest {

    static final DealerScope D002 = new DealerScope(null, "resume.test", 2L, 1L);

    @Autowired
    CustomerImport imports;

    @Autowired
    ImportResumption resumption;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void anInterruptedImportIsResumedAndFinishes() {
        byte[] file = "客户姓名,手机号码\n续传一,13766660001\n续传二,13766660002\n".getBytes(StandardCharsets.UTF_8);
        ImportJob uploaded = D002.call(() -> imports.upload("resume.csv", new ByteArrayInputStream(file)));
        // As a crash would leave it: queued with its mapping, half counted, never finished.
        JdbcClient.create(owner)
                .sql("UPDATE customer.import_job SET status = 'RUNNING', mapping = '{\"0\":\"NAME\",\"1\":\"MOBILE\"}',"
                        + " processed_rows = 1, customers_created = 1 WHERE id = :id")
                .param("id", uploaded.id())
                .update();

        resumption.resumeInterruptedImports();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> D002.call(() -> imports.job(uploaded.id())).finished());
        ImportJob done = D002.call(() -> imports.job(uploaded.id()));
        assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(done.processedRows()).isEqualTo(2);
        assertThat(done.customersCreated()).isEqualTo(2);
    }
}
