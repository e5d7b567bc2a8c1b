package shinrai.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.customer.CustomerSearch;
import shinrai.customer.CustomerSearch.Hit;
import shinrai.shared.DealerScope;

/**
 * The search box in the service layer, on the network {@link GenerateNetwork} made: each benchmark is one kind of
 * query, answered by {@link CustomerSearch#search} in a dealer's scope, which includes setting the scope on the
 * connection, the index lookups and loading the customers found with their phones. The queries are real values
 * of one dealer (B0001 unless {@code -Dbench.dealer}), drawn from the data and taken in turn. JMH samples every
 * call and reports the percentiles.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec@search-benchmark</pre>
 *
 * <p>{@code -Dbench.args="..."} passes JMH options, e.g. {@code "-wi 1 -i 2 name"} for a quick look at the name
 * searches.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class SearchBenchmark {

    private static final int SAMPLES = 1000;

    private ConfigurableApplicationContext app;
    private CustomerSearch search;
    private DealerScope scope;

    private Queries fullMobiles;
    private Queries mobileLastFours;
    private Queries platesWithProvince;
    private Queries platesWithoutProvince;
    private Queries fullVins;
    private Queries vinLastSixes;
    private Queries vinLastEights;
    private Queries nameOneCharacters;
    private Queries nameTwoCharacters;
    private Queries fullNames;
    private Queries companyNames;

    public static void main(String[] args) throws Exception {
        JmhLauncher.run(SearchBenchmark.class, "search-benchmark.json", args);
    }

    @Setup(Level.Trial)
    public void start(BenchmarkParams benchmark) {
        app = BenchApplication.start(StatementRecorder.class);
        search = app.getBean(CustomerSearch.class);
        JdbcClient owner = JdbcClient.create(app.getBean("schemaOwnerDataSource", DataSource.class));
        String dealerCode = System.getProperty("bench.dealer", "B0001");
        long dealerId = owner.sql("""
                        SELECT d.id FROM dealer.dealer d JOIN dealer.network n ON n.id = d.network_id
                        WHERE n.code = :network AND d.code = :dealer""")
                .param("network", GenerateNetwork.NETWORK)
                .param("dealer", dealerCode)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No dealer " + dealerCode + " in the "
                        + GenerateNetwork.NETWORK + " network: run shinrai.bench.GenerateNetwork first"));
        scope = DealerScope.systemFor(dealerId);
        Map<String, List<String>> samples = samples(owner, dealerId);
        fullMobiles = new Queries(samples.get("fullMobile"));
        mobileLastFours = new Queries(samples.get("mobileLast4"));
        platesWithProvince = new Queries(samples.get("plateWithProvince"));
        platesWithoutProvince = new Queries(samples.get("plateWithoutProvince"));
        fullVins = new Queries(samples.get("fullVin"));
        vinLastSixes = new Queries(samples.get("vinLast6"));
        vinLastEights = new Queries(samples.get("vinLast8"));
        nameOneCharacters = new Queries(samples.get("nameOneCharacter"));
        nameTwoCharacters = new Queries(samples.get("nameTwoCharacters"));
        fullNames = new Queries(samples.get("fullName"));
        companyNames = new Queries(samples.get("companyName"));

        String kind =
                benchmark.getBenchmark().substring(benchmark.getBenchmark().lastIndexOf('.') + 1);
        describe(kind, dealerCode, dealerId);
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public List<Hit> fullMobile() {
        return search(fullMobiles);
    }

    @Benchmark
    public List<Hit> mobileLast4() {
        return search(mobileLastFours);
    }

    @Benchmark
    public List<Hit> plateWithProvince() {
        return search(platesWithProvince);
    }

    @Benchmark
    public List<Hit> plateWithoutProvince() {
        return search(platesWithoutProvince);
    }

    @Benchmark
    public List<Hit> fullVin() {
        return search(fullVins);
    }

    @Benchmark
    public List<Hit> vinLast6() {
        return search(vinLastSixes);
    }

    @Benchmark
    public List<Hit> vinLast8() {
        return search(vinLastEights);
    }

    @Benchmark
    public List<Hit> nameOneCharacter() {
        return search(nameOneCharacters);
    }

    @Benchmark
    public List<Hit> nameTwoCharacters() {
        return search(nameTwoCharacters);
    }

    @Benchmark
    public List<Hit> fullName() {
        return search(fullNames);
    }

    @Benchmark
    public List<Hit> companyName() {
        return search(companyNames);
    }

    private List<Hit> search(Queries queries) {
        String text = queries.next();
        return scope.call(() -> search.search(text));
    }

    /**
     * Real query values of one dealer by kind of query (the benchmarks' names), typed as staff type them: the mobile
     * in its national form, the plate and VIN as printed. Drawn by the schema owner, which row-level security does
     * not bind; md5 orders them at random, the same way on every run. The HTTP benchmark sends the same values.
     */
    static Map<String, List<String>> samples(JdbcClient owner, long dealerId) {
        Random random = new Random(20261123);
        List<String> mobiles = owner.sql("""
                        SELECT e164 FROM customer.phone WHERE dealer_id = :dealer
                        ORDER BY md5(e164) LIMIT :samples""")
                .param("dealer", dealerId)
                .param("samples", SAMPLES)
                .query(String.class)
                .list();
        record Car(String vin, String plate, String plateTail) {}
        List<Car> cars = owner.sql("""
                        SELECT vin, plate, plate_tail FROM vehicle.vehicle WHERE dealer_id = :dealer
                        ORDER BY md5(vin) LIMIT :samples""")
                .param("dealer", dealerId)
                .param("samples", SAMPLES)
                .query((rs, row) -> new Car(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        List<String> people = names(owner, dealerId, "PERSON");
        List<String> companies = names(owner, dealerId, "COMPANY");
        Map<String, List<String>> samples = new java.util.LinkedHashMap<>();
        samples.put("fullMobile", map(mobiles, e164 -> e164.substring(3)));
        samples.put("mobileLast4", map(mobiles, e164 -> e164.substring(e164.length() - 4)));
        samples.put("plateWithProvince", map(cars, Car::plate));
        samples.put("plateWithoutProvince", map(cars, Car::plateTail));
        samples.put("fullVin", map(cars, Car::vin));
        samples.put("vinLast6", map(cars, car -> car.vin().substring(11)));
        samples.put("vinLast8", map(cars, car -> car.vin().substring(9)));
        samples.put("nameOneCharacter", map(people, name -> {
            int at = random.nextInt(name.length());
            return name.substring(at, at + 1);
        }));
        samples.put("nameTwoCharacters", map(people, name -> {
            int at = random.nextInt(name.length() - 1);
            return name.substring(at, at + 2);
        }));
        samples.put("fullName", people);
        // After the two-character city: the firm's word, perhaps with (part of) its trade: 鸿运, 鸿运物, 鸿运物流.
        samples.put(
                "companyName",
                map(companies, name -> name.substring(2, Math.min(name.length(), 4 + random.nextInt(3)))));
        return samples;
    }

    private static List<String> names(JdbcClient owner, long dealerId, String kind) {
        return owner.sql("""
                        SELECT name FROM customer.customer WHERE dealer_id = :dealer AND kind = :kind
                        ORDER BY md5(id::text) LIMIT :samples""")
                .param("dealer", dealerId)
                .param("kind", kind)
                .param("samples", SAMPLES)
                .query(String.class)
                .list();
    }

    private static <T> List<String> map(List<T> values, Function<T, String> query) {
        return values.stream().map(query).toList();
    }

    /**
     * Before measuring, once per kind: a few of its queries, how many customers the first hundred find, and the plans
     * of the statements one search runs, as PostgreSQL executes them for the runtime role under row-level security
     * (auto_explain, nested statements included, replayed on a superuser session of the embedded server). The
     * searches run before measuring warm the caches like the JMH warm-up does.
     */
    private void describe(String kind, String dealerCode, long dealerId) {
        Queries queries = switch (kind) {
            case "fullMobile" -> fullMobiles;
            case "mobileLast4" -> mobileLastFours;
            case "plateWithProvince" -> platesWithProvince;
            case "plateWithoutProvince" -> platesWithoutProvince;
            case "fullVin" -> fullVins;
            case "vinLast6" -> vinLastSixes;
            case "vinLast8" -> vinLastEights;
            case "nameOneCharacter" -> nameOneCharacters;
            case "nameTwoCharacters" -> nameTwoCharacters;
            case "fullName" -> fullNames;
            case "companyName" -> companyNames;
            default -> throw new IllegalArgumentException(kind);
        };
        int hits = 0;
        int none = 0;
        for (int i = 0; i < 100; i++) {
            int found = search(queries).size();
            hits += found;
            none += found == 0 ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "%n%s at dealer %s (id %d): %d samples such as %s; the first 100 found %.1f customers on average,"
                        + " %d found none%n",
                kind,
                dealerCode,
                dealerId,
                queries.values.size(),
                queries.values.subList(0, 5),
                hits / 100.0,
                none);
        String text = queries.values.get(queries.next);
        List<StatementRecorder.Recorded> statements = StatementRecorder.record(() -> search(queries));
        System.out.printf(Locale.ROOT, "%nThe statements searching for \"%s\" runs, with their plans:%n", text);
        explain(dealerId, statements);
    }

    private void explain(long dealerId, List<StatementRecorder.Recorded> statements) {
        HikariDataSource owner = app.getBean("schemaOwnerDataSource", HikariDataSource.class);
        try (Connection superuser = BenchApplication.superuser(owner.getJdbcUrl());
                Statement session = superuser.createStatement()) {
            for (String setting : List.of(
                    "LOAD 'auto_explain'",
                    "SET auto_explain.log_min_duration = 0",
                    "SET auto_explain.log_analyze = on",
                    "SET auto_explain.log_buffers = on",
                    "SET auto_explain.log_nested_statements = on",
                    "SET client_min_messages = log",
                    "SET ROLE shinrai_app",
                    "SELECT set_config('shinrai.dealer_id', '" + dealerId + "', false)")) {
                session.execute(setting);
            }
            for (StatementRecorder.Recorded recorded : statements) {
                try (PreparedStatement statement = superuser.prepareStatement(recorded.sql())) {
                    for (Map.Entry<Integer, Object> parameter :
                            recorded.parameters().entrySet()) {
                        statement.setObject(parameter.getKey(), parameter.getValue());
                    }
                    // Twice, and the plans of the second run: the first pays for a fresh session's caches.
                    statement.execute();
                    statement.clearWarnings();
                    statement.execute();
                    for (SQLWarning plan = statement.getWarnings(); plan != null; plan = plan.getNextWarning()) {
                        // Plans of the tables searched; not those of small helpers such as the scope functions.
                        if (plan.getMessage().matches("(?s).* on (customer|phone|vehicle).*")) {
                            System.out.println("  " + plan.getMessage().replace("\n", "\n  "));
                        }
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            System.out.println("  (no plans: " + e.getMessage() + ")");
        }
    }

    /** A dealer's real query values of one kind, shuffled, handed out in turn. */
    private static final class Queries {

        private final List<String> values;
        private int next;

        Queries(List<String> values) {
            if (values.isEmpty()) {
                throw new IllegalStateException("No samples: is the network generated?");
            }
            List<String> shuffled = new ArrayList<>(values);
            Collections.shuffle(shuffled, new Random(values.size()));
            this.values = List.copyOf(shuffled);
        }

        String next() {
            String value = values.get(next);
            next = (next + 1) % values.size();
            return value;
        }
    }
}
