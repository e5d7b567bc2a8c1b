package shinrai.customer.importing;

import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;

/**
 * Imports interrupted by a stop or a crash start again when Shinrai is back, instead of showing "importing"
 * forever. Starting over is safe: lines match customers by mobile and vehicles by VIN, so nothing doubles. Finding
 * them spans every dealer, so that one query runs as the schema owner; each job then runs in its own dealer's scope.
 */
@Component
class ImportResumption {

    private final JdbcClient owner;
    private final ImportJobs jobs;
    private final ImportRunner runner;

    ImportResumption(@SchemaOwner DataSource ownerDataSource, ImportJobs jobs, ImportRunner runner) {
        this.owner = JdbcClient.create(ownerDataSource);
        this.jobs = jobs;
        this.runner = runner;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterruptedImports() {
        owner.sql("SELECT dealer_id, id, created_by FROM customer.import_job WHERE status IN ('QUEUED', 'RUNNING')")
                .query((rs, row) -> new Interrupted(
                        rs.getLong("dealer_id"), rs.getLong("id"), rs.getObject("created_by", Long.class)))
                .list()
                .forEach(job -> {
                    DealerScope scope = new DealerScope(job.startedBy(), null, job.dealerId(), null);
                    scope.run(() -> jobs.reset(job.id()));
                    runner.run(job.id(), scope);
                });
    }

    private record Interrupted(long dealerId, long id, Long startedBy) {}
}
