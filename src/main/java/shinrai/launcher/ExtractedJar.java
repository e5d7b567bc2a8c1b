package shinrai.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar unpacked once into plain jars ({@code java -Djarmode=tools -jar shinrai.jar extract}), in a
 * folder of the temporary directory named after the jar's path, size and time. A JVM loads plain jars faster than
 * jars nested in a jar, and only classes from plain jars can go into a class data archive. A second launcher
 * starting at the same moment unpacks into a folder of its own and the first to finish wins.
 */
record ExtractedJar(Path packaged, Path folder, boolean extracted) {

    /** Unpacks the jar unless an earlier start did; falls back to the packaged jar if it cannot. */
    static ExtractedJar of(Path packaged) {
        Path folder = cacheRoot().resolve(key(packaged));
        if (Files.isRegularFile(folder.resolve(packaged.getFileName()))) {
            return new ExtractedJar(packaged, folder, true);
        }
        try {
            Files.createDirectories(folder.getParent());
            Path unpacking = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".unpacking-");
            try {
                extract(packaged, unpacking);
                moveIntoPlace(unpacking, folder);
            } finally {
                deleteRecursively(unpacking);
            }
            return new ExtractedJar(packaged, folder, Files.isRegularFile(folder.resolve(packaged.getFileName())));
        } catch (IOException | RuntimeException e) {
            System.err.println("Shinrai: could not unpack " + packaged + " (" + e.getMessage()
                    + "); starting from the packaged jar, which is slower to start");
            return new ExtractedJar(packaged, folder, false);
        }
    }

    /** The jar to run: the unpacked application jar, or the packaged one if unpacking failed. */
    Path applicationJar() {
        return extracted ? folder.resolve(packaged.getFileName()) : packaged;
    }

    ClassDataArchive classDataArchive() {
        return extracted ? ClassDataArchive.in(folder) : ClassDataArchive.none();
    }

    private static void extract(Path packaged, Path destination) throws IOException {
        Process tools = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools",
                        "-jar",
                        packaged.toString(),
                        "extract",
                        "--force",
                        "--destination",
                        destination.toString())
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(tools.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tools.waitFor(5, TimeUnit.MINUTES) || tools.exitValue() != 0) {
                throw new IOException("extract failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting", e);
        }
    }

    private static void moveIntoPlace(Path unpacked, Path folder) throws IOException {
        try {
            Files.move(unpacked, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException anotherLauncherWasFaster) {
            // keep theirs; ours is deleted by the caller
        } catch (IOException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    private static Path cacheRoot() {
        String user = System.getProperty("user.name", "shinrai").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "shinrai-" + user);
    }

    private static String key(Path packaged) {
        try {
            String identity = packaged.toAbsolutePath() + "|" + Files.size(packaged) + "|"
                    + Files.getLastModifiedTime(packaged).toMillis();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "jar-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
