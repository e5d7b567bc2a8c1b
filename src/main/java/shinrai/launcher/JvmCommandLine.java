package shinrai.launcher;

import java.lang.management.ManagementFactory;
import java.util.List;

/** The options this JVM was started with, as written on its command line (everything before {@code -jar}). */
record JvmCommandLine(List<String> jvmOptions) {

    static JvmCommandLine ofThisProcess() {
        return ProcessHandle.current()
                .info()
                .arguments()
                .map(List::of)
                .map(JvmCommandLine::ofArguments)
                // Where the operating system does not tell (the JVM's own view is slower to obtain)
                .orElseGet(() ->
                        new JvmCommandLine(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** From the arguments that follow the {@code java} executable. */
    static JvmCommandLine ofArguments(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        return new JvmCommandLine(jar < 0 ? List.copyOf(arguments) : List.copyOf(arguments.subList(0, jar)));
    }

    boolean hasJvmOptions() {
        return !jvmOptions.isEmpty();
    }
}
