package shinrai.bench.http;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the HTTP benchmark's table from Gatling's newest report (its HTML statistics table): per path the requests
 * answered, those refused or failed, requests per second over the measured time, p50/p90/p99 in milliseconds, and
 * the ratio of its rate to the static file's (the higher of its first and its last measurement), the floor measured
 * in the same run, so that figures of different days can be compared. Then the packaged application's start and
 * resident memory. Also written to {@code report.md} beside the feeder files.
 */
public final class HttpBenchmarkReport {

    private HttpBenchmarkReport() {}

    /** A row of the report's statistics table: the request's name, then everything up to the row's end. */
    private static final Pattern ROW =
            Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);

    /** Cell n of a row: total (2), OK (3), KO (4), ..., 50th (8), 90th (9), 95th (10) and 99th (11) percentile. */
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    record Row(String path, long ok, long ko, double perSecond, long p50, long p90, long p99) {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(System.getProperty("bench.results", "target/gatling"));
        Path dir = Path.of(System.getProperty("bench.http-dir", "target/http-bench"));
        long measured = Long.getLong("bench.measure", 30);
        Path newest;
        try (Stream<Path> runs = Files.list(results)) {
            newest = runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report under " + results));
        }
        List<Row> rows = new ArrayList<>();
        List<String> failedBefore = new ArrayList<>();
        // Gatling 3.15 keeps its statistics only in the report's table: a row per request name, then its cells
        Matcher line = ROW.matcher(Files.readString(newest.resolve("index.html")));
        while (line.find()) {
            String name = line.group(1);
            if (name.equals("All Requests")) {
                continue;
            }
            Matcher cell = CELL.matcher(line.group(2));
            java.util.Map<Integer, String> cells = new java.util.HashMap<>();
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            if (name.startsWith(ShinraiHttpSimulation.WARM_UP)) {
                // left out of the figures, but a sign-in or a content check that failed makes them worthless
                if (Long.parseLong(cells.get(4)) > 0) {
                    failedBefore.add(name + " (" + cells.get(4) + ")");
                }
                continue;
            }
            long ok = Long.parseLong(cells.get(3));
            rows.add(new Row(
                    name,
                    ok,
                    Long.parseLong(cells.get(4)),
                    ok / (double) measured,
                    Math.round(Double.parseDouble(cells.get(8))),
                    Math.round(Double.parseDouble(cells.get(9))),
                    Math.round(Double.parseDouble(cells.get(11)))));
        }
        // the static file is measured first and last; the higher rate is the floor, so no ratio is flattered
        double floor = rows.stream()
                .filter(r -> r.path().startsWith("static"))
                .mapToDouble(Row::perSecond)
                .max()
                .orElse(Double.NaN);
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT, "HTTP benchmark, %d clients, %d s measured per path (%s)%n%n", ShinraiHttpSimulation.USERS,
                measured, newest.getFileName()));
        table.append("| path | ok | failed | req/s | p50 ms | p90 ms | p99 ms | of the static floor |\n");
        table.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.0f | %d | %d | %d | %.2f |%n",
                    row.path(),
                    row.ok(),
                    row.ko(),
                    row.perSecond(),
                    row.p50(),
                    row.p90(),
                    row.p99(),
                    row.perSecond() / floor));
        }
        if (!failedBefore.isEmpty()) {
            table.append(String.format(
                    Locale.ROOT,
                    "%nFAILED before measuring (see Gatling's output): %s%n",
                    String.join(", ", failedBefore)));
        }
        Path figures = dir.resolve("application.properties");
        if (Files.exists(figures)) {
            Properties application = new Properties();
            try (Reader in = Files.newBufferedReader(figures)) {
                application.load(in);
            }
            table.append(String.format(
                    Locale.ROOT,
                    "%nThe packaged application: healthy %s ms after launch (%s ms at the run's first start); resident"
                            + " memory of its JVMs %d MB after start, %d MB at most during the run, %d MB at the end%n",
                    application.getProperty("startMillis"),
                    application.getProperty("firstStartMillis", "?"),
                    Long.parseLong(application.getProperty("residentAfterStart")) >> 20,
                    Long.parseLong(application.getProperty("residentPeak")) >> 20,
                    Long.parseLong(application.getProperty("residentAtEnd")) >> 20));
        }
        System.out.println();
        System.out.print(table);
        Files.writeString(dir.resolve("report.md"), table);
    }
}
