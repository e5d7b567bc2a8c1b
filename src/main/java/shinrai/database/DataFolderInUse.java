package shinrai.database;

import java.nio.file.Path;

/** A second Shinrai was started on a data folder another running instance is using. */
class DataFolderInUse extends IllegalStateException {

    private final Path dataDir;

    DataFolderInUse(Path dataDir) {
        super("The data folder " + dataDir + " is in use by another running Shinrai");
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }
}
