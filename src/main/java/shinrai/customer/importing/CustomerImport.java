package shinrai.customer.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.database.DatabaseProperties;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.tabular.SourceRow;
import shinrai.tabular.TabularFile;
import shinrai.tabular.TabularFiles;

/**
 * Imports customers with their vehicles from CSV or Excel files as other dealer systems export them: upload,
 * check the column mapping (guessed from the headers, or remembered from the last file with the same headers),
 * then the lines are taken in the background while a progress bar shows how far it got. Good lines go in, every
 * refused line is kept with its reasons for a report to fix and re-import.
 */
@Service
public class CustomerImport {

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final Path folder;

    CustomerImport(ImportJobs jobs, ImportRunner runner, DatabaseProperties database) {
        this.jobs = jobs;
        this.runner = runner;
        this.folder = database.dataDir().resolve("imports");
    }

    /** Keeps the file (streamed to disk, never held in memory), reads its header and counts its lines. */
    @Transactional
    public ImportJob upload(String fileName, InputStream content) {
        long dealer = DealerScope.currentDealer();
        Path stored;
        try {
            Files.createDirectories(folder.resolve(String.valueOf(dealer)));
            stored = folder.resolve(String.valueOf(dealer)).resolve(UUID.randomUUID() + ".upload");
            Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header;
        int rows = 0;
        try (TabularFile file = TabularFiles.open(stored)) {
            header = file.header();
            while (file.next().isPresent()) {
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException unreadable) {
            deleteQuietly(stored);
            throw unreadable;
        }
        Map<Integer, ImportField> mapping =
                jobs.rememberedMapping(ColumnMapping.signature(header)).orElseGet(() -> ColumnMapping.guess(header));
        long id = jobs.create(fileName, stored.toString(), header, rows, mapping);
        return job(id);
    }

    /** Confirms the mapping, remembers it for files with the same header, and starts the import. */
    @Transactional
    public ImportJob start(long jobId, Map<Integer, ImportField> columns) {
        ImportJob job = job(jobId);
        if (job.status() != ImportJob.Status.UPLOADED) {
            return job;
        }
        ColumnMapping mapping = new ColumnMapping(columns);
        jobs.remember(ColumnMapping.signature(job.header()), mapping);
        jobs.queue(jobId, mapping);
        runAfterCommit(jobId);
        return job(jobId);
    }

    @Transactional(readOnly = true)
    public ImportJob job(long jobId) {
        return jobs.find(jobId).orElseThrow(() -> new NotFound("import", jobId));
    }

    @Transactional(readOnly = true)
    public List<ImportJob> recent() {
        return jobs.recent(20);
    }

    /** The first lines of the uploaded file, to check the mapping against. */
    public List<List<String>> preview(long jobId, int lines) {
        job(jobId);
        try (TabularFile file = TabularFiles.open(Path.of(jobs.storedFile(jobId)))) {
            List<List<String>> preview = new java.util.ArrayList<>();
            Optional<SourceRow> row;
            while (preview.size() < lines && (row = file.next()).isPresent()) {
                preview.add(row.get().cells());
            }
            return preview;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every refused line with its reasons, in file order, streamed. */
    @Transactional(readOnly = true)
    public void eachRefusal(long jobId, Refusals handler) {
        eachRefusal(jobId, 0, Integer.MAX_VALUE, handler);
    }

    /** At most {@code limit} refused lines after line {@code afterLine}, in file order: one page of the report. */
    @Transactional(readOnly = true)
    public void eachRefusal(long jobId, long afterLine, int limit, Refusals handler) {
        job(jobId);
        jobs.eachRefusal(
                jobId,
                afterLine,
                limit,
                (line, cells, reasons) -> handler.accept(
                        line,
                        cells,
                        reasons.stream()
                                .map(reason -> new RefusalReason(
                                        reason.field(),
                                        reason.key(),
                                        reason.arguments().toArray()))
                                .toList()));
    }

    /** The background run starts only once the job is committed as queued, or it would not find it. */
    private void runAfterCommit(long jobId) {
        DealerScope scope = DealerScope.current();
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        runner.run(jobId, scope);
                    }
                });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the folder is cleaned with the job's data anyway
        }
    }

    /** One reason a line was refused: the field, and a message key with its arguments. */
    public record RefusalReason(String field, String messageKey, Object[] arguments) {}

    /** Receives refused lines one by one. */
    public interface Refusals {
        void accept(long line, List<String> cells, List<RefusalReason> reasons) throws java.sql.SQLException;
    }
}
