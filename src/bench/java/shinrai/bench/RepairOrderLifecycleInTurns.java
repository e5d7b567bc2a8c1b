package shinrai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The lifecycle and its yardstick measured in turns in one application, 20 seconds each, round after round, each
 * window starting just after a checkpoint: the ratio of each round compares the two under the same spell of the
 * machine's disk, where JMH runs one benchmark for minutes and then the other (and this machine's disk flushes at
 * different rates from one minute to the next). Each lane on a dealer of its own that no run used.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:exec@repair-order-in-turns -Dbench.rounds=6</pre>
 */
public final class RepairOrderLifecycleInTurns {

    private static final int THREADS = 4;
    private static final int SECONDS = 20;
    private static final int WARM_UP_ROUNDS = 2;

    private RepairOrderLifecycleInTurns() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 6);
        ConfigurableApplicationContext app = BenchApplication.start(StatementRecorder.class);
        try {
            RepairOrderLifecycleBenchmark lifecycle = new RepairOrderLifecycleBenchmark();
            lifecycle.prepare(app, "lifecycle", List.of());
            RepairOrderLifecycleBenchmark yardstick = new RepairOrderLifecycleBenchmark();
            yardstick.prepare(app, "yardstick", List.of(lifecycle.dealerCode()));
            System.out.println("| round | lifecycle steps/s | yardstick steps/s | ratio |");
            System.out.println("|---|---|---|---|");
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= WARM_UP_ROUNDS + rounds; round++) {
                double lane = lifecycle.measure(THREADS, SECONDS);
                double least = yardstick.measure(THREADS, SECONDS);
                boolean warmUp = round <= WARM_UP_ROUNDS;
                if (!warmUp) {
                    ratios.add(lane / least);
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %.0f | %.0f | %.2f |%n",
                        warmUp ? round + " (warm-up)" : String.valueOf(round),
                        lane,
                        least,
                        lane / least);
            }
            List<Double> sorted = ratios.stream().sorted().toList();
            System.out.printf(
                    Locale.ROOT,
                    "%nratio over %d rounds: lowest %.2f, median %.2f, highest %.2f%n",
                    sorted.size(),
                    sorted.get(0),
                    sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1));
        } finally {
            app.close();
        }
    }
}
