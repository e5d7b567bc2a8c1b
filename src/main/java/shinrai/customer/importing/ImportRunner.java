package shinrai.customer.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerKind;
import shinrai.customer.MobileNumber;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;

/**
 * Works through an import in the background, {@value #BATCH} lines per transaction so progress shows and a crash
 * loses at most one batch. A line matches a customer on file by any of its mobile numbers (a company without one
 * by its exact name) and a vehicle by its VIN, so importing the same file twice creates nothing twice. A line that
 * fails is recorded with its reasons and the rest go on; each line runs in its own savepoint, so even an
 * unexpected database refusal costs only that line.
 */
@Component
class ImportRunner {

    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final CustomerBook book;
    private final VehicleRegister vehicles;
    private final TransactionTemplate batch;
    private final TransactionTemplate line;

    ImportRunner(
            ImportJobs jobs, CustomerBook book, VehicleRegister vehicles, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.book = book;
        this.vehicles = vehicles;
        this.batch = new TransactionTemplate(transactions);
        this.line = new TransactionTemplate(transactions);
        this.line.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs the job on a background thread, as the staff member who started it. */
    @Async
    public void run(long jobId, DealerScope scope) {
        scope.run(() -> runNow(jobId));
    }

    void runNow(long jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        ColumnMapping mapping = new ColumnMapping(job.mapping());
        RowConverter converter = new RowConverter(mapping);
        jobs.start(jobId);
        try (TabularFile file = TabularFiles.open(Path.of(jobs.storedFile(jobId)))) {
            List<SourceRow> rows = new ArrayList<>(BATCH);
            Optional<SourceRow> next;
            while ((next = file.next()).isPresent()) {
                rows.add(next.get());
                if (rows.size() == BATCH) {
                    process(jobId, job.fileName(), rows, converter);
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) {
                process(jobId, job.fileName(), rows, converter);
            }
            jobs.finish(jobId, ImportJob.Status.DONE);
        } catch (BusinessRuleViolation unreadable) {
            // e.g. a CSV whose quote never closes: staff get the reason and the line
            jobs.fail(
                    jobId,
                    unreadable.messageKey(),
                    java.util.Arrays.stream(unreadable.arguments())
                            .map(String::valueOf)
                            .toList());
        } catch (Exception failure) {
            log.error("Import {} failed", jobId, failure);
            jobs.fail(jobId, "import.error.failed", List.of(String.valueOf(jobId)));
        }
    }

    /**
     * One batch in one transaction. Lines normally go in without savepoints; if the database refuses one, the
     * whole batch is rolled back and done again line by line, each in its own savepoint, so only that line is lost.
     */
    private void process(long jobId, String fileName, List<SourceRow> rows, RowConverter converter) {
        try {
            batch.executeWithoutResult(status -> processBatch(jobId, fileName, rows, converter, false));
        } catch (LineRefusedByDatabase retryCarefully) {
            batch.executeWithoutResult(status -> processBatch(jobId, fileName, rows, converter, true));
        }
    }

    private void processBatch(
            long jobId, String fileName, List<SourceRow> rows, RowConverter converter, boolean savepointPerLine) {
        int failed = 0;
        Map<Long, SourceRow> asRead = new HashMap<>();
        rows.forEach(row -> asRead.put(row.line(), row));
        List<ImportedRow> good = new ArrayList<>();
        for (SourceRow row : rows) {
            try {
                good.add(converter.convert(row));
            } catch (InvalidInput invalid) {
                jobs.refuse(jobId, row, invalid.violations());
                failed++;
            }
        }
        // One query each for the whole batch: who is on file already, which cars are registered already.
        Map<String, Long> customerByMobile = new HashMap<>(book.idsByMobile(
                good.stream().flatMap(r -> r.customer().mobiles().stream()).toList()));
        Set<String> registeredVins = new HashSet<>(vehicles.registeredVins(good.stream()
                .filter(r -> r.vehicle() != null)
                .map(r -> r.vehicle().vin().value())
                .toList()));
        int created = 0, matched = 0, vehiclesCreated = 0, vehiclesExisting = 0;
        for (ImportedRow row : good) {
            Outcome outcome;
            if (!savepointPerLine) {
                try {
                    outcome = importLine(row, fileName, customerByMobile, registeredVins);
                } catch (RuntimeException refused) {
                    throw new LineRefusedByDatabase(refused);
                }
            } else {
                try {
                    outcome = line.execute(s -> importLine(row, fileName, customerByMobile, registeredVins));
                } catch (BusinessRuleViolation refused) {
                    jobs.refuse(jobId, asRead.get(row.line()), List.of(refused));
                    failed++;
                    continue;
                } catch (RuntimeException unexpected) {
                    log.warn("Import {} line {} refused by the database", jobId, row.line(), unexpected);
                    jobs.refuse(jobId, asRead.get(row.line()), List.of(new LineFailed()));
                    failed++;
                    continue;
                }
            }
            created += outcome.customerCreated() ? 1 : 0;
            matched += outcome.customerCreated() ? 0 : 1;
            vehiclesCreated += outcome.vehicleCreated() ? 1 : 0;
            vehiclesExisting += outcome.vehicleExisting() ? 1 : 0;
        }
        jobs.progress(
                jobId, new ImportJobs.Counts(rows.size(), created, matched, vehiclesCreated, vehiclesExisting, failed));
    }

    /** A line failed in the fast path; the batch is redone carefully. */
    private static final class LineRefusedByDatabase extends RuntimeException {
        LineRefusedByDatabase(RuntimeException cause) {
            super(cause);
        }
    }

    private Outcome importLine(
            ImportedRow row, String fileName, Map<String, Long> customerByMobile, Set<String> registeredVins) {
        Long customerId = row.customer().mobiles().stream()
                .map(mobile -> customerByMobile.get(mobile.e164()))
                .filter(id -> id != null)
                .findFirst()
                .orElse(null);
        if (customerId == null
                && row.customer().kind() == CustomerKind.COMPANY
                && row.customer().mobiles().isEmpty()) {
            customerId = book.companyNamed(row.customer().name()).orElse(null);
        }
        boolean customerCreated = customerId == null;
        if (customerCreated) {
            customerId = book.registerImported(row.customer(), fileName);
            for (MobileNumber mobile : row.customer().mobiles()) {
                customerByMobile.putIfAbsent(mobile.e164(), customerId);
            }
        }
        boolean vehicleCreated = false;
        boolean vehicleExisting = false;
        if (row.vehicle() != null) {
            if (registeredVins.contains(row.vehicle().vin().value())) {
                vehicleExisting = true;
            } else {
                Vehicle vehicle = vehicles.registerImported(customerId, row.vehicle(), row.kilometres());
                book.noteImportedVehicle(
                        customerId, vehicle.description(), vehicle.vin().value());
                registeredVins.add(vehicle.vin().value());
                vehicleCreated = true;
            }
        }
        return new Outcome(customerCreated, vehicleCreated, vehicleExisting);
    }

    private record Outcome(boolean customerCreated, boolean vehicleCreated, boolean vehicleExisting) {}

    /** The database refused a line for a reason no rule foresaw; the line is reported, the import goes on. */
    static final class LineFailed extends BusinessRuleViolation {
        LineFailed() {
            super("import.error.lineFailed", null);
        }
    }
}
