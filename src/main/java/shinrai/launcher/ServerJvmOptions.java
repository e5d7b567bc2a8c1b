package shinrai.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server JVM's options: production defaults for a store's server, then whatever {@code SHINRAI_JAVA_OPTIONS}
 * adds (a later option wins, so {@code SHINRAI_JAVA_OPTIONS=-Xmx2g} gives a large network more heap).
 *
 * <p>The defaults keep resident memory under half a gigabyte under load: a 192 MB heap is three times what a busy
 * server keeps alive (57 MB after a full collection under the HTTP benchmark; customer searches and lists are
 * answered by the database, imports and exports stream), the serial
 * collector has no per-region bookkeeping and no collector threads to feed, and its pauses on a heap this size are
 * a few milliseconds. The JVM's own defaults would take a quarter of the machine's memory.
 *
 * <p>The optimising compiler waits for four times its usual number of calls before it compiles a method. At start
 * it otherwise spends a whole core of a small server on code that runs only while Spring starts (healthy in 10 s
 * instead of 13 on two cores); the code that serves requests is called often enough to be compiled seconds later.
 */
record ServerJvmOptions(List<String> options) {

    static final String VARIABLE = "SHINRAI_JAVA_OPTIONS";

    static final List<String> DEFAULTS = List.of(
            "-Xmx192m",
            "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:Tier4InvocationThreshold=20000",
            "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=160000");

    static ServerJvmOptions fromEnvironment(Map<String, String> environment) {
        List<String> options = new ArrayList<>(DEFAULTS);
        String added = environment.getOrDefault(VARIABLE, "").strip();
        if (!added.isEmpty()) {
            options.addAll(List.of(added.split("\\s+")));
        }
        return new ServerJvmOptions(List.copyOf(options));
    }
}
