package shinrai.bench.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shinrai as a store runs it: {@code java -jar target/shinrai.jar} in a process of its own on the benchmark's data
 * folder, with the JVM's defaults (none of the test classpath, none of {@code spring-boot:run}). Measures the time
 * from launch to a healthy answer and the resident memory of its JVMs (the launcher and the server JVM it starts, not
 * the embedded PostgreSQL), sampled every second while it runs.
 */
final class PackagedApplication implements AutoCloseable {

    private final Process process;
    private final long startMillis;
    private final long residentAfterStart;
    private volatile long residentPeak;
    private final Thread sampler;

    private PackagedApplication(Process process, long startMillis) {
        this.process = process;
        this.startMillis = startMillis;
        this.residentAfterStart = resident(process);
        this.residentPeak = residentAfterStart;
        this.sampler = new Thread(
                () -> {
                    while (process.isAlive()) {
                        residentPeak = Math.max(residentPeak, resident(process));
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts the jar and waits until {@code /actuator/health} answers 200, at most two minutes. */
    static PackagedApplication start(Path jar, Path dataDir, int port, List<String> jvmOptions, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--shinrai.db.data-dir=" + dataDir.toAbsolutePath()));
        try {
            Files.createDirectories(log.getParent());
            long launched = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(200))
                    .build();
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            long deadline = launched + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Shinrai stopped while starting; see " + log);
                }
                try {
                    HttpResponse<Void> answer = client.send(
                            HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(1)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() == 200) {
                        return new PackagedApplication(
                                process, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched));
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            process.destroyForcibly();
            throw new IllegalStateException("Shinrai was not healthy within two minutes; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long startMillis() {
        return startMillis;
    }

    long residentAfterStart() {
        return residentAfterStart;
    }

    long residentPeak() {
        return residentPeak;
    }

    long residentNow() {
        return resident(process);
    }

    /** Stops it as Ctrl+C would, so the embedded PostgreSQL shuts down cleanly. */
    @Override
    public void close() {
        sampler.interrupt();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Resident memory of the launcher and the JVM it started, in bytes. */
    private static long resident(Process launcher) {
        return resident(launcher.pid())
                + launcher.descendants()
                        .filter(child -> child.info().command().orElse("").endsWith("/java"))
                        .mapToLong(child -> resident(child.pid()))
                        .sum();
    }

    /** Resident memory of a process in bytes, from /proc (Linux); 0 where there is none. */
    static long resident(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // not Linux, or the process is gone
        }
        return 0;
    }
}
