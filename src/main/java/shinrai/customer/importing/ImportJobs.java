package shinrai.customer.importing;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.tabular.SourceRow;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import jobs, their refused lines and the mappings remembered per header, of the current dealer. */
@Repository
class ImportJobs {

    private static final TypeReference<Map<String, String>> JSON_MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long create(
            String fileName, String storedFile, List<String> header, int totalRows, Map<Integer, ImportField> mapping) {
        return jdbc.sql("""
                        INSERT INTO customer.import_job
                            (dealer_id, file_name, stored_file, header, mapping, status, total_rows, created_by)
                        VALUES (:dealer, :name, :file, :header, CAST(:mapping AS jsonb), 'UPLOADED', :total, :by)
                        RETURNING id""")
                .param("dealer", DealerScope.currentDealer())
                .param("name", fileName)
                .param("file", storedFile)
                .param("header", header.toArray(String[]::new), java.sql.Types.ARRAY)
                .param("mapping", json.writeValueAsString(ColumnMapping.asJson(mapping)))
                .param("total", totalRows)
                .param("by", DealerScope.current().userId(), java.sql.Types.BIGINT)
                .query(Long.class)
                .single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("SELECT * FROM customer.import_job WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> job(rs))
                .optional();
    }

    private ImportJob job(java.sql.ResultSet rs) throws SQLException {
        Timestamp finishedAt = rs.getTimestamp("finished_at");
        return new ImportJob(
                rs.getLong("id"),
                rs.getString("file_name"),
                strings(rs.getArray("header")),
                rs.getString("mapping") == null
                        ? Map.of()
                        : ColumnMapping.fromJson(json.readValue(rs.getString("mapping"), JSON_MAP)),
                ImportJob.Status.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("customers_created"),
                rs.getInt("customers_matched"),
                rs.getInt("vehicles_created"),
                rs.getInt("vehicles_existing"),
                rs.getInt("failed_rows"),
                rs.getTimestamp("created_at").toInstant(),
                finishedAt == null ? null : finishedAt.toInstant(),
                rs.getString("failure_key"),
                strings(rs.getArray("failure_arguments")));
    }

    String storedFile(long id) {
        return jdbc.sql("SELECT stored_file FROM customer.import_job WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("SELECT * FROM customer.import_job ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> job(rs))
                .list();
    }

    void queue(long id, ColumnMapping mapping) {
        jdbc.sql("UPDATE customer.import_job SET mapping = CAST(:mapping AS jsonb), status = 'QUEUED' WHERE id = :id")
                .param("mapping", json.writeValueAsString(mapping.asJson()))
                .param("id", id)
                .update();
    }

    void start(long id) {
        jdbc.sql("UPDATE customer.import_job SET status = 'RUNNING', started_at = now() WHERE id = :id")
                .param("id", id)
                .update();
    }

    void progress(long id, Counts batch) {
        jdbc.sql("""
                        UPDATE customer.import_job SET processed_rows = processed_rows + :processed,
                            customers_created = customers_created + :created, customers_matched = customers_matched + :matched,
                            vehicles_created = vehicles_created + :vehiclesCreated,
                            vehicles_existing = vehicles_existing + :vehiclesExisting, failed_rows = failed_rows + :failed
                        WHERE id = :id""")
                .param("processed", batch.processed())
                .param("created", batch.customersCreated())
                .param("matched", batch.customersMatched())
                .param("vehiclesCreated", batch.vehiclesCreated())
                .param("vehiclesExisting", batch.vehiclesExisting())
                .param("failed", batch.failed())
                .param("id", id)
                .update();
    }

    /** The job stopped: why, as a message key and its arguments. */
    void fail(long id, String failureKey, List<String> arguments) {
        jdbc.sql("""
                        UPDATE customer.import_job SET status = 'FAILED', finished_at = now(), failure_key = :key,
                            failure_arguments = :arguments
                        WHERE id = :id""")
                .param("key", failureKey)
                .param("arguments", arguments.toArray(String[]::new), java.sql.Types.ARRAY)
                .param("id", id)
                .update();
    }

    void finish(long id, ImportJob.Status status) {
        jdbc.sql("UPDATE customer.import_job SET status = :status, finished_at = now() WHERE id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    /** Starts over after an interruption: the import is idempotent, so reprocessing loses and doubles nothing. */
    void reset(long id) {
        jdbc.sql("""
                        UPDATE customer.import_job SET status = 'QUEUED', processed_rows = 0, customers_created = 0,
                            customers_matched = 0, vehicles_created = 0, vehicles_existing = 0, failed_rows = 0,
                            failure_key = NULL, failure_arguments = '{}'
                        WHERE id = :id""").param("id", id).update();
        jdbc.sql("DELETE FROM customer.import_error WHERE job_id = :id")
                .param("id", id)
                .update();
    }

    void refuse(long jobId, SourceRow row, List<BusinessRuleViolation> reasons) {
        List<Map<String, Object>> described = reasons.stream()
                .map(reason -> Map.<String, Object>of(
                        "field", reason.field() == null ? "" : reason.field(),
                        "key", reason.messageKey(),
                        "arguments",
                                Arrays.stream(reason.arguments())
                                        .map(String::valueOf)
                                        .toList()))
                .toList();
        jdbc.sql("""
                        INSERT INTO customer.import_error (dealer_id, job_id, line, cells, reasons)
                        VALUES (:dealer, :job, :line, :cells, CAST(:reasons AS jsonb))
                        ON CONFLICT DO NOTHING""")
                .param("dealer", DealerScope.currentDealer())
                .param("job", jobId)
                .param("line", row.line())
                .param("cells", row.cells().toArray(String[]::new), java.sql.Types.ARRAY)
                .param("reasons", json.writeValueAsString(described))
                .update();
    }

    /**
     * Refused lines in file order after line {@code afterLine}, at most {@code limit}, streamed so a report of any
     * size uses little memory; the API pages with it, the CSV report reads them all.
     */
    void eachRefusal(long jobId, long afterLine, int limit, RefusalHandler handler) {
        jdbc.sql("SELECT line, cells, reasons::text AS reasons FROM customer.import_error"
                        + " WHERE job_id = :job AND line > :after ORDER BY line LIMIT :limit")
                .param("job", jobId)
                .param("after", afterLine)
                .param("limit", limit)
                .query((RowCallbackHandler) rs -> handler.handle(
                        rs.getLong("line"),
                        strings(rs.getArray("cells")),
                        json.readValue(rs.getString("reasons"), new TypeReference<List<Reason>>() {})));
    }

    Optional<Map<Integer, ImportField>> rememberedMapping(String signature) {
        return jdbc.sql("SELECT mapping::text FROM customer.import_mapping WHERE header_signature = :signature")
                .param("signature", signature)
                .query(String.class)
                .optional()
                .map(text -> ColumnMapping.fromJson(json.readValue(text, JSON_MAP)));
    }

    void remember(String signature, ColumnMapping mapping) {
        jdbc.sql("""
                        INSERT INTO customer.import_mapping (dealer_id, header_signature, mapping)
                        VALUES (:dealer, :signature, CAST(:mapping AS jsonb))
                        ON CONFLICT (dealer_id, header_signature)
                        DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()""")
                .param("dealer", DealerScope.currentDealer())
                .param("signature", signature)
                .param("mapping", json.writeValueAsString(mapping.asJson()))
                .update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** What one batch of lines did. */
    record Counts(
            int processed,
            int customersCreated,
            int customersMatched,
            int vehiclesCreated,
            int vehiclesExisting,
            int failed) {}

    /** One reason a line was refused, as stored. */
    record Reason(String field, String key, List<String> arguments) {}

    interface RefusalHandler {
        void handle(long line, List<String> cells, List<Reason> reasons) throws java.sql.SQLException;
    }
}
