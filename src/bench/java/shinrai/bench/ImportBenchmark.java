package shinrai.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ConfigurableApplicationContext;
import shinrai.customer.importing.CustomerImport;
import shinrai.customer.importing.ImportJob;
import shinrai.shared.DealerScope;
import shinrai.vehicle.Vin;

/**
 * Imports a file of {@code --lines} customers with a vehicle each (default 100,000), one line in a hundred wrong in
 * one of four ways, into demo dealer D002, through the same service the upload page and the API use. Prints the
 * progress as staff see it, the time taken, and checks that every good line went in, every bad one was reported,
 * and that importing the same file again creates nothing.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int lines = 100_000;
        for (String arg : args) {
            if (arg.startsWith("--lines=")) {
                lines = Integer.parseInt(arg.substring("--lines=".length()));
            }
        }
        Path file = Files.createTempFile("shinrai-import-", ".csv");
        int bad = write(file, lines);
        System.out.printf("File: %,d lines (%,d bad), %,d bytes%n", lines, bad, Files.size(file));
        try (ConfigurableApplicationContext app = BenchApplication.start()) {
            CustomerImport imports = app.getBean(CustomerImport.class);
            DealerScope d002 = new DealerScope(null, "import.benchmark", 2L, null);
            ImportJob first = run(imports, d002, file);
            check(first.failedRows() == bad, "every bad line reported: " + first.failedRows());
            check(first.customersCreated() + first.customersMatched() == lines - bad, "every good line taken");
            ImportJob again = run(imports, d002, file);
            check(again.customersCreated() == 0 && again.vehiclesCreated() == 0, "the second import creates nothing");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static ImportJob run(CustomerImport imports, DealerScope scope, Path file) throws Exception {
        Instant started = Instant.now();
        ImportJob uploaded;
        try (InputStream content = Files.newInputStream(file)) {
            uploaded = scope.call(() -> imports.upload("benchmark.csv", content));
        }
        Duration upload = Duration.between(started, Instant.now());
        scope.run(() -> imports.start(uploaded.id(), uploaded.mapping()));
        ImportJob job;
        do {
            Thread.sleep(1_000); // the time taken is known to the second
            job = scope.call(() -> imports.job(uploaded.id()));
            System.out.printf("  %3d%%  %,d / %,d lines%n", job.percent(), job.processedRows(), job.totalRows());
        } while (!job.finished());
        Duration total = Duration.between(started, Instant.now());
        System.out.printf(
                "Import %d %s in %s (upload and count %s): %,d customers created, %,d matched, %,d vehicles created,"
                        + " %,d already on file, %,d lines refused; %,.0f lines/s%n",
                job.id(), job.status(), total, upload, job.customersCreated(), job.customersMatched(),
                job.vehiclesCreated(), job.vehiclesExisting(), job.failedRows(),
                job.totalRows() / Math.max(1.0, total.toMillis() / 1000.0));
        return job;
    }

    /** Writes the file line by line; the line number drives every value so reruns produce the same file. */
    private static int write(Path file, int lines) throws IOException {
        int bad = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("客户姓名,手机号码,性别,车架号,车牌号码,品牌,车系,行驶里程,购车日期\n");
            for (int i = 0; i < lines; i++) {
                String raw = "LVGZZ42K0RP" + "%06d".formatted(i);
                String vin = raw.substring(0, 8) + Vin.checkDigitFor(raw) + raw.substring(9);
                String mobile = "1580%07d".formatted(i);
                if (i % 100 == 42) {
                    bad++;
                    switch ((i / 100) % 4) {
                        case 0 -> mobile = "1580";
                        case 1 -> vin = vin.substring(0, 8) + (vin.charAt(8) == '1' ? '2' : '1') + vin.substring(9);
                        case 2 -> vin = vin.substring(0, 16);
                        default -> mobile = "";
                    }
                }
                out.write("基准客户" + i + "," + mobile + ",女," + vin + ",浙B" + "%05d".formatted(i % 100_000)
                        + ",丰田,凯美瑞," + (5000 + i % 90000) + ",2022-03-15\n");
            }
        }
        return bad;
    }

    private static void check(boolean condition, String what) {
        System.out.println((condition ? "OK    " : "WRONG ") + what);
        if (!condition) {
            throw new IllegalStateException("check failed: " + what);
        }
    }
}
