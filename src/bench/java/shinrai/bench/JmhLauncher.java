package shinrai.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Starts a JMH benchmark class from {@code exec:exec}, passing the bench data folder and dealer to its fork. */
final class JmhLauncher {

    private JmhLauncher() {}

    /**
     * @param results the JSON file written next to the bench data folder
     * @param args JMH's options; {@code exec:exec} hands {@code -Dbench.args} over as one argument, split here
     */
    static void run(Class<?> benchmark, String results, String[] args) throws Exception {
        String[] jmhArgs = Arrays.stream(args)
                .flatMap(arg -> Arrays.stream(arg.trim().split("\\s+")))
                .filter(arg -> !arg.isEmpty())
                .toArray(String[]::new);
        CommandLineOptions commandLine = new CommandLineOptions(jmhArgs);
        List<String> jvmArgs = new ArrayList<>(List.of("-Dbench.data-dir=" + BenchApplication.dataDir()));
        String dealer = System.getProperty("bench.dealer");
        if (dealer != null) {
            // otherwise each benchmark picks its own default dealer
            jvmArgs.add("-Dbench.dealer=" + dealer);
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .parent(commandLine)
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .resultFormat(ResultFormatType.JSON)
                .result(BenchApplication.dataDir().resolveSibling(results).toString());
        if (commandLine.getIncludes().isEmpty()) {
            options.include(benchmark.getName() + "\\.");
        }
        new Runner(options.build()).run();
    }
}
