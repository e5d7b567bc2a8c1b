package shinrai.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused second start into a message an IT person can act on, instead of a stack trace. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUse cause) {
        return new FailureAnalysis(
                "Another Shinrai is already running on the data folder "
                        + cause.dataDir().toAbsolutePath()
                        + ". Two servers on one folder would corrupt the database, so this one did not start.",
                "Stop the other instance first, or give this one its own folder with SHINRAI_DATA_DIR=/some/other/folder.",
                cause);
    }
}
