package shinrai.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The server's classes as a class data archive (AppCDS), which the JVM maps instead of finding, reading, verifying
 * and parsing several thousand classes at every start. There is none before the first start of a new jar: that
 * server writes one when it stops ({@code -XX:ArchiveClassesAtExit}) to a name of its own, which the launcher then
 * moves into place, so every later start uses it. One per JVM version, since an archive fits only the JVM that wrote
 * it; a JVM that cannot use one warns and starts without it.
 */
final class ClassDataArchive {

    private final @Nullable Path archive;
    private final @Nullable Path written;
    private boolean kept;

    private ClassDataArchive(@Nullable Path archive, @Nullable Path written) {
        this.archive = archive;
        this.written = written;
    }

    static ClassDataArchive none() {
        return new ClassDataArchive(null, null);
    }

    static ClassDataArchive in(Path folder) {
        String jvm = System.getProperty("java.vm.version", "unknown").replaceAll("[^A-Za-z0-9._-]", "_");
        Path archive = folder.resolve("shinrai-" + jvm + ".jsa");
        if (isUsable(archive)) {
            return new ClassDataArchive(archive, null);
        }
        deleteLeftBehind(folder, "shinrai-" + jvm + "-");
        return new ClassDataArchive(
                archive,
                folder.resolve("shinrai-" + jvm + "-" + ProcessHandle.current().pid() + ".jsa"));
    }

    List<String> jvmOptions() {
        if (archive == null) {
            return List.of();
        }
        String archiveOption =
                written == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + written;
        // The archive leaves out classes it cannot hold (generated proxies, old class file versions) and says so
        // once per class; that is expected and not worth a screenful at every first start.
        return List.of(archiveOption, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * After the server stopped: puts the archive it wrote in place for the next start, if the server went through
     * its JVM's exit (stopped, or failed to start); a server killed outright (SIGKILL, a crash) may have left half an
     * archive, which is deleted.
     */
    synchronized void keepWhatTheServerWrote(int exitCode) {
        if (kept || written == null || archive == null) {
            return;
        }
        kept = true;
        boolean exited = exitCode < 128 || exitCode == 128 + 2 || exitCode == 128 + 15; // SIGINT, SIGTERM
        try {
            if (exited && isUsable(written)) {
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            System.err.println("Shinrai: could not keep the class data archive " + written + ": " + e.getMessage());
        }
    }

    /** Archives written for launchers that are gone (killed before they could keep or delete them). */
    private static void deleteLeftBehind(Path folder, String prefix) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".jsa") && !alive(name, prefix)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // only tidying up
        }
    }

    private static boolean alive(String name, String prefix) {
        try {
            long pid = Long.parseLong(name.substring(prefix.length(), name.length() - ".jsa".length()));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notOurs) {
            return true;
        }
    }

    private static boolean isUsable(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
