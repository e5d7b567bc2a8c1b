package shinrai.customer.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerProfile;
import shinrai.customer.MobileNumber;
import shinrai.database.StatementTimeout;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.tabular.SourceRow;
import shinrai.tabular.TabularFile;
import shinrai.tabular.TabularFiles;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;

/**
 * Works through an import in the background, {@value #BATCH} lines per transaction so progress shows and a crash
 * loses at most one batch. A line matches a customer on file by any of its mobile numbers (a company without one
 * by its exact name) and a vehicle by its VIN, so importing the same file twice creates nothing twice. A line that
 * fails is recorded with its reasons and the rest go on. A batch goes in as a few set-based statements whatever its
 * size; one the database refuses is done again line by line, each line in its own savepoint, so even an unexpected
 * database refusal costs only that line. Its transactions are a named batch job: their statements may run up to the
 * batch statement timeout, not a request's few seconds.
 */
@Component
class ImportRunner {

    static final int BATCH = 500;

    private static final String JOB = "customer import";

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final CustomerBook book;
    private final VehicleRegister vehicles;
    private final StatementTimeout statementTimeout;
    private final TransactionTemplate batch;
    private final TransactionTemplate line;

    ImportRunner(
            ImportJobs jobs,
            CustomerBook book,
            VehicleRegister vehicles,
            StatementTimeout statementTimeout,
            PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.book = book;
        this.vehicles = vehicles;
        this.statementTimeout = statementTimeout;
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
            Statistics statistics = new Statistics();
            while ((next = file.next()).isPresent()) {
                rows.add(next.get());
                if (rows.size() == BATCH) {
                    statistics.grew(process(jobId, job.fileName(), rows, converter));
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) {
                statistics.grew(process(jobId, job.fileName(), rows, converter));
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
     * One batch in one transaction. Normally the batch goes in as a few set-based statements; if the database
     * refuses something, the whole batch is rolled back and done again line by line, each line in its own
     * savepoint, so only the line it refuses is lost.
     */
    private ImportJobs.Counts process(long jobId, String fileName, List<SourceRow> rows, RowConverter converter) {
        try {
            return batch.execute(status -> {
                statementTimeout.extendForBatchJob(JOB);
                return processBatch(jobId, fileName, rows, converter, false);
            });
        } catch (LineRefusedByDatabase retryCarefully) {
            log.info(
                    "Import {}: a batch was refused as a whole ({}), it is done again line by line",
                    jobId,
                    retryCarefully.getCause().getClass().getSimpleName());
            return batch.execute(status -> {
                statementTimeout.extendForBatchJob(JOB);
                return processBatch(jobId, fileName, rows, converter, true);
            });
        }
    }

    private ImportJobs.Counts processBatch(
            long jobId, String fileName, List<SourceRow> rows, RowConverter converter, boolean savepointPerLine) {
        Map<Long, SourceRow> asRead = new HashMap<>();
        rows.forEach(row -> asRead.put(row.line(), row));
        List<ImportedRow> good = new ArrayList<>();
        for (SourceRow row : rows) {
            try {
                ImportedRow converted = converter.convert(row);
                CustomerBook.check(converted.customer());
                good.add(converted);
            } catch (InvalidInput invalid) {
                jobs.refuse(jobId, row, invalid.violations());
            } catch (BusinessRuleViolation refused) {
                jobs.refuse(jobId, row, List.of(refused));
            }
        }
        // One query each for the whole batch: who is on file already, which cars are registered already.
        Map<String, Long> customerByMobile = new HashMap<>(book.idsByMobile(
                good.stream().flatMap(r -> r.customer().mobiles().stream()).toList()));
        Set<String> registeredVins = new HashSet<>(vehicles.registeredVins(good.stream()
                .filter(r -> r.vehicle() != null)
                .map(r -> r.vehicle().vin().value())
                .toList()));
        List<Outcome> taken;
        if (!savepointPerLine) {
            try {
                taken = importAll(good, fileName, customerByMobile, registeredVins);
            } catch (RuntimeException refused) {
                throw new LineRefusedByDatabase(refused);
            }
        } else {
            taken = new ArrayList<>();
            for (ImportedRow row : good) {
                try {
                    taken.add(line.execute(s -> importLine(row, fileName, customerByMobile, registeredVins)));
                } catch (BusinessRuleViolation refused) {
                    jobs.refuse(jobId, asRead.get(row.line()), List.of(refused));
                } catch (RuntimeException unexpected) {
                    log.warn("Import {} line {} refused by the database", jobId, row.line(), unexpected);
                    jobs.refuse(jobId, asRead.get(row.line()), List.of(new LineFailed()));
                }
            }
        }
        ImportJobs.Counts counts = new ImportJobs.Counts(
                rows.size(),
                count(taken, Outcome::customerCreated),
                count(taken, outcome -> !outcome.customerCreated()),
                count(taken, Outcome::vehicleCreated),
                count(taken, Outcome::vehicleExisting),
                rows.size() - taken.size());
        jobs.progress(jobId, counts);
        return counts;
    }

    private static int count(List<Outcome> outcomes, Predicate<Outcome> which) {
        return (int) outcomes.stream().filter(which).count();
    }

    /**
     * Keeps the planner's statistics up with an import, which writes faster than autovacuum analyzes: planned on
     * the statistics of a dealer with hardly any customers, the lookups and foreign-key checks of each batch read
     * all that the earlier batches wrote, and a first import of 100,000 lines slowed down batch after batch. The
     * tables are analyzed each time the customers and vehicles the import created have doubled, from a batch's
     * worth on: a few times per import, after a batch has committed.
     */
    private final class Statistics {

        private long created;
        private long analyzedAt;

        void grew(ImportJobs.Counts counts) {
            created += counts.customersCreated() + counts.vehiclesCreated();
            if (created >= Math.max(BATCH, 2 * analyzedAt)) {
                // ANALYZE of a big dealer's tables may take longer than a request's statement may
                batch.executeWithoutResult(status -> {
                    statementTimeout.extendForBatchJob(JOB);
                    book.refreshStatistics();
                    vehicles.refreshStatistics();
                });
                analyzedAt = created;
            }
        }
    }

    /** A line failed in the fast path; the batch is redone carefully. */
    private static final class LineRefusedByDatabase extends RuntimeException {
        LineRefusedByDatabase(RuntimeException cause) {
            super(cause);
        }
    }

    /**
     * The good lines of a batch in a constant number of statements. Who each line is and which of its cars are new
     * is decided first, in the order of the lines and by the same rules as {@link #importLine}: a line matches a
     * customer an earlier line of the batch creates as it would one on file, and a VIN seen earlier in the batch
     * is a car on file. Until the new customers are registered, the n-th of them stands in the maps as -n (the
     * database's ids are positive).
     */
    private List<Outcome> importAll(
            List<ImportedRow> good, String fileName, Map<String, Long> customerByMobile, Set<String> registeredVins) {
        Map<String, Long> companyByName = new HashMap<>(book.companiesNamed(good.stream()
                .map(ImportedRow::customer)
                .filter(ImportRunner::matchedByName)
                .map(CustomerProfile::name)
                .toList()));
        List<CustomerProfile> newCustomers = new ArrayList<>();
        long[] customerOf = new long[good.size()];
        List<Integer> linesWithNewVehicle = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            ImportedRow row = good.get(i);
            CustomerProfile profile = row.customer();
            Long customerId = onFile(profile, customerByMobile);
            if (customerId == null && matchedByName(profile)) {
                customerId = companyByName.get(profile.name());
            }
            boolean customerCreated = customerId == null;
            if (customerCreated) {
                newCustomers.add(profile);
                customerId = (long) -newCustomers.size();
                for (MobileNumber mobile : profile.mobiles()) {
                    customerByMobile.putIfAbsent(mobile.e164(), customerId);
                }
                // companyNamed would find it by name from now on, whatever its mobiles
                if (profile.kind() == CustomerKind.COMPANY) {
                    companyByName.putIfAbsent(profile.name(), customerId);
                }
            }
            customerOf[i] = customerId;
            boolean vehicleCreated = row.vehicle() != null
                    && registeredVins.add(row.vehicle().vin().value());
            if (vehicleCreated) {
                linesWithNewVehicle.add(i);
            }
            outcomes.add(new Outcome(customerCreated, vehicleCreated, row.vehicle() != null && !vehicleCreated));
        }
        List<Long> newIds = book.registerImportedAll(newCustomers, fileName);
        List<Vehicle> registered = vehicles.registerImportedAll(linesWithNewVehicle.stream()
                .map(i -> {
                    long customerId = customerOf[i];
                    return new VehicleRegister.ImportedVehicle(
                            customerId < 0 ? newIds.get((int) -customerId - 1) : customerId,
                            good.get(i).vehicle(),
                            good.get(i).kilometres());
                })
                .toList());
        book.noteImportedVehicles(registered);
        return outcomes;
    }

    /** The customer on file (or created earlier in the batch) reachable on the first of the line's mobiles that is. */
    private static @Nullable Long onFile(CustomerProfile profile, Map<String, Long> customerByMobile) {
        return profile.mobiles().stream()
                .map(mobile -> customerByMobile.get(mobile.e164()))
                .filter(id -> id != null)
                .findFirst()
                .orElse(null);
    }

    /** A company without a mobile is matched by its exact name. */
    private static boolean matchedByName(CustomerProfile profile) {
        return profile.kind() == CustomerKind.COMPANY && profile.mobiles().isEmpty();
    }

    private Outcome importLine(
            ImportedRow row, String fileName, Map<String, Long> customerByMobile, Set<String> registeredVins) {
        Long customerId = onFile(row.customer(), customerByMobile);
        if (customerId == null && matchedByName(row.customer())) {
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
