package shinrai.customer.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An import, how far it got, and why it stopped if it failed ({@code failureKey} is a message key). */
public record ImportJob(
        long id,
        String fileName,
        List<String> header,
        Map<Integer, ImportField> mapping,
        Status status,
        int totalRows,
        int processedRows,
        int customersCreated,
        int customersMatched,
        int vehiclesCreated,
        int vehiclesExisting,
        int failedRows,
        Instant createdAt,
        @Nullable Instant finishedAt,
        @Nullable String failureKey,
        List<String> failureArguments) {

    public enum Status {
        UPLOADED,
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** Whole percent done, for the progress bar. */
    public int percent() {
        return totalRows == 0 ? (status == Status.DONE ? 100 : 0) : Math.min(100, processedRows * 100 / totalRows);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
