package shinrai.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the server JVM from the packaged jar and stays beside it: its exit code is the launcher's, stopping the
 * launcher (Ctrl+C, a service manager's SIGTERM) stops the server cleanly, and the server stops by itself if the
 * launcher is killed outright. Anyone who gives the JVM options of their own ({@code java -Xmx2g -jar shinrai.jar},
 * {@code JAVA_TOOL_OPTIONS}) is taken at their word and the server runs in that JVM as given.
 */
public final class ServerLauncher {

    /** Set on the server JVM to the launcher's process id; tells the server whom to follow. */
    static final String LAUNCHER_PID = "shinrai.launcher.pid";

    private static final List<String> JVM_OPTION_VARIABLES =
            List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private ServerLauncher() {}

    /**
     * True when this JVM was started as {@code java -jar shinrai.jar} with the JVM's defaults, where a tuned server
     * JVM should be started instead. False in tests, under {@code spring-boot:run}, in the server JVM itself, and
     * whenever JVM options were given.
     */
    public static boolean shouldStartServerJvm() {
        if (System.getProperty(LAUNCHER_PID) != null || !runsFromPackagedJar()) {
            return false;
        }
        for (String variable : JVM_OPTION_VARIABLES) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return !JvmCommandLine.ofThisProcess().hasJvmOptions();
    }

    /** Starts the server JVM with the given program arguments and waits for it; returns its exit code. */
    public static int startServerJvm(String[] args) {
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        ExtractedJar extracted = ExtractedJar.of(jar);
        ClassDataArchive archive = extracted.classDataArchive();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServerJvmOptions.fromEnvironment(System.getenv()).options());
        command.addAll(archive.jvmOptions());
        command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(extracted.applicationJar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // glibc gives each thread that allocates its own arena of up to 64 MB; two are plenty for a JVM, whose
        // heap is not malloc'ed.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process server;
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the server JVM: " + command, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, archive), "stop-server"));
        int exitCode = waitFor(server);
        archive.keepWhatTheServerWrote(exitCode);
        return exitCode;
    }

    /**
     * In the server JVM: shuts down cleanly when the launcher goes away without stopping it (killed with
     * SIGKILL), so no server is left running that nobody can stop with Ctrl+C.
     */
    public static void followLauncher() {
        String pid = System.getProperty(LAUNCHER_PID);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid))
                .ifPresentOrElse(
                        launcher -> launcher.onExit().thenRun(ServerLauncher::exitInItsOwnThread),
                        ServerLauncher::exitInItsOwnThread);
    }

    private static void exitInItsOwnThread() {
        // System.exit blocks until shutdown completes; never on the thread that noticed.
        new Thread(() -> System.exit(143), "launcher-gone").start();
    }

    private static boolean runsFromPackagedJar() {
        String loader = ServerLauncher.class.getClassLoader().getClass().getName();
        String classPath = System.getProperty("java.class.path", "");
        return loader.startsWith("org.springframework.boot.loader.")
                && classPath.endsWith(".jar")
                && !classPath.contains(java.io.File.pathSeparator);
    }

    private static void stop(Process server, ClassDataArchive archive) {
        if (server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(2, TimeUnit.MINUTES)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (!server.isAlive()) {
            archive.keepWhatTheServerWrote(server.exitValue());
        }
    }

    private static int waitFor(Process server) {
        while (true) {
            try {
                return server.waitFor();
            } catch (InterruptedException ignored) {
                // the launcher's main thread is not interrupted by anyone but a stop, which the hook handles
            }
        }
    }
}
