package shinrai.bench.http;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What staff, customers and integrators wait on, measured over HTTP against the packaged application on the network
 * {@code GenerateNetwork} made, as a signed-in service advisor of B0001 (the foreman for the dispatch board, the
 * service manager for the daily report, nobody for the customer's progress page). Each path in turn: {@value #USERS}
 * clients at once, each signed in once and then asking without a pause (a closed model, like {@code wrk -c16}), first
 * for a warm-up whose requests are named apart and left out of the report, then for the measured time. The repair
 * lane's paths check the content of each client's first answer (the order's number on its page, a PDF, the day on
 * the report). Yardsticks in the same run: a static file through the whole filter chain (the floor every ratio is
 * taken to) and {@code GET /api/v1/me}.
 *
 * <p>{@code -Dbench.warmup=10} and {@code -Dbench.measure=30} set the seconds per path; {@code -Dbench.paths=static,me}
 * measures only some paths. Started and reported by the README's command; {@link HttpBenchmarkReport} prints the
 * table.
 */
public class ShinraiHttpSimulation extends Simulation {

    static final int USERS = 16;
    static final String WARM_UP = "warm-up ";
    /** The request whose content a client checks, once, before its warm-up (named as a warm-up one). */
    static final String CONTENT = "content of ";

    private static final String ADVISOR = "account.csv";
    private static final CheckBuilder[] NO_CHECKS = {};

    private static final Path DIR = Path.of(System.getProperty("bench.http-dir", "target/http-bench"));
    private static final int PORT = Integer.getInteger("bench.port", 18080);
    private static final Duration WARM = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measure", 30));
    private static final List<String> ONLY = Arrays.stream(
                    System.getProperty("bench.paths", "").split(","))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList();

    /**
     * The search box's kinds of query, as the service-layer benchmark names them, and then the mixed one, on a JVM
     * that every kind has warmed (measured first, the mixed one met code the JIT had not compiled yet).
     */
    static final List<String> SEARCH_KINDS = List.of(
            "fullMobile",
            "mobileLast4",
            "plateWithProvince",
            "plateWithoutProvince",
            "fullVin",
            "vinLast6",
            "nameOneCharacter",
            "fullName",
            "companyName",
            "mixed");

    private PackagedApplication application;
    private long firstStartMillis;

    {
        HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:" + PORT)
                .acceptLanguageHeader("zh-CN,zh;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Shinrai HTTP benchmark")
                .shareConnections()
                .disableCaching();
        List<Measured> paths = new ArrayList<>();
        paths.add(measured("static", name -> http(name).get("/css/shinrai.css"), null, Access.NONE));
        paths.add(measured("me", name -> http(name).get("/api/v1/me"), null, Access.TOKEN));
        for (String kind : SEARCH_KINDS) {
            paths.add(measured(
                    "search " + kind,
                    name -> http(name).get("/api/v1/customers").queryParam("q", "#{q}"),
                    "search-" + kind + ".csv",
                    Access.TOKEN));
        }
        paths.add(measured(
                "customer 360", name -> http(name).get("/customers/#{customerId}"), "customers.csv", Access.FORM));
        paths.add(measured(
                "day board",
                name -> http(name).get("/appointments").queryParam("day", "#{day}"),
                "briefings.csv",
                Access.FORM));
        paths.add(measured(
                "briefing",
                name -> http(name)
                        .get("/reception/new")
                        .queryParam("vehicle", "#{vehicleId}")
                        .queryParam("appointment", "#{appointmentId}"),
                "briefings.csv",
                Access.FORM));
        paths.add(measured(
                "booking",
                name -> http(name)
                        .post("/api/v1/appointments")
                        .body(StringBody("""
                                {"customerId":#{customerId},"vehicleId":#{vehicleId},"day":"#{day}","time":"#{time}",\
                                "services":["ROUTINE_MAINTENANCE"],"description":"到保养里程了",\
                                "transport":"WAIT","channel":"PHONE"}"""))
                        .asJson()
                        .check(status().is(201)),
                "bookings.csv",
                Access.TOKEN));
        // the repair lane (issue 10): the order page, the bill and its PDF, the foreman's board, the manager's report,
        // the customer's progress page, the order over the API; each client checks the content of its first answer
        paths.add(measured(
                "repair order",
                name -> http(name).get("/repair-orders/#{id}"),
                "repair-orders.csv",
                Access.FORM,
                ADVISOR,
                substring("#{number}")));
        paths.add(measured(
                "bill",
                name -> http(name).get("/repair-orders/#{id}/bill"),
                "bills.csv",
                Access.FORM,
                ADVISOR,
                substring("#{number}")));
        paths.add(measured(
                "bill pdf",
                name -> http(name).get("/repair-orders/#{id}/bill.pdf"),
                "bills.csv",
                Access.FORM,
                ADVISOR,
                header("Content-Type").is("application/pdf"),
                substring("%PDF-")));
        paths.add(measured(
                "dispatch board",
                name -> http(name).get("/workshop/board"),
                "board.csv",
                Access.FORM,
                "account-foreman.csv",
                substring("#{number}")));
        paths.add(measured(
                "daily report",
                name -> http(name).get("/reports/daily").queryParam("date", "#{date}"),
                "daily.csv",
                Access.FORM,
                "account-manager.csv",
                substring("id=\"report-date\">#{date}<"),
                substring("#{advisor}")));
        paths.add(measured(
                "progress",
                name -> http(name).get("#{path}"),
                "progress.csv",
                Access.NONE,
                ADVISOR,
                substring("#{number}")));
        paths.add(measured(
                "repair order api",
                name -> http(name).get("/api/v1/repair-orders/#{id}"),
                "repair-orders.csv",
                Access.TOKEN,
                ADVISOR,
                jsonPath("$.number").isEL("#{number}")));
        // the floor again, on a JVM warmed by every path: measured first only, a cold JVM would make it low
        paths.add(measured("static again", name -> http(name).get("/css/shinrai.css"), null, Access.NONE));

        List<Measured> chosen = paths.stream()
                .filter(s -> ONLY.isEmpty() || ONLY.stream().anyMatch(o -> s.name().startsWith(o)))
                .toList();
        // one path after the other: andThen answers a new chain, so it is built from the last path back
        PopulationBuilder chain = null;
        for (int i = chosen.size() - 1; i >= 0; i--) {
            PopulationBuilder path = chosen.get(i).scenario().injectOpen(atOnceUsers(USERS));
            chain = chain == null ? path : path.andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    @Override
    public void before() {
        // Started twice: a new jar's first start unpacks it and its stop writes the class data archive that every
        // later start uses, and a store restarts far more often than it installs.
        PackagedApplication first = startApplication("shinrai-first-start.log");
        firstStartMillis = first.startMillis();
        first.close();
        application = startApplication("shinrai.log");
        System.out.printf(
                Locale.ROOT,
                "Shinrai healthy %d ms after launch (%d ms at the first start), resident %d MB%n",
                application.startMillis(),
                firstStartMillis,
                application.residentAfterStart() >> 20);
    }

    private static PackagedApplication startApplication(String log) {
        return PackagedApplication.start(
                Path.of(System.getProperty("bench.jar", "target/shinrai.jar")),
                Path.of(System.getProperty("bench.data-dir", "target/bench-data")),
                PORT,
                Arrays.stream(System.getProperty("bench.jvm-options", "").split(" "))
                        .filter(o -> !o.isBlank())
                        .toList(),
                DIR.resolve(log));
    }

    @Override
    public void after() {
        Properties figures = new Properties();
        figures.setProperty("firstStartMillis", Long.toString(firstStartMillis));
        figures.setProperty("startMillis", Long.toString(application.startMillis()));
        figures.setProperty("residentAfterStart", Long.toString(application.residentAfterStart()));
        figures.setProperty("residentAtEnd", Long.toString(application.residentNow()));
        figures.setProperty("residentPeak", Long.toString(application.residentPeak()));
        application.close();
        try (var out = Files.newBufferedWriter(DIR.resolve("application.properties"))) {
            figures.store(out, "The packaged application during the HTTP benchmark");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a client signs in before it asks: not at all, through the sign-in form, or for a bearer token. */
    enum Access {
        NONE,
        FORM,
        TOKEN
    }

    /** A path as measured: its name, and the scenario that signs in, warms up and measures it. */
    record Measured(String name, ScenarioBuilder scenario) {}

    private static Measured measured(
            String name, Function<String, HttpRequestActionBuilder> request, String feederFile, Access access) {
        return measured(name, request, feederFile, access, ADVISOR);
    }

    /**
     * A path: each client signs in once (as the account in {@code accountFile}), asks once with its answer's content
     * checked by {@code content} (a page that answers 200 with the wrong thing measures nothing), then for the warm-up
     * time under a name of its own (which the report leaves out but for failures), then for the measured time, with
     * the next row of the feeder file, if any, before each request.
     */
    private static Measured measured(
            String name,
            Function<String, HttpRequestActionBuilder> request,
            String feederFile,
            Access access,
            String accountFile,
            CheckBuilder... content) {
        ChainBuilder signIn = switch (access) {
            case NONE -> exec(session -> session);
            case FORM ->
                exec(http(WARM_UP + "sign-in form")
                                .get("/login")
                                .check(css("input[name='_csrf']", "value").saveAs("csrf")))
                        .exec(http(WARM_UP + "sign-in")
                                .post("/login")
                                .formParam("username", "#{username}")
                                .formParam("password", "#{password}")
                                .formParam("_csrf", "#{csrf}")
                                .check(status().is(200)));
            case TOKEN ->
                exec(http(WARM_UP + "token")
                        .post("/api/v1/auth/token")
                        .body(StringBody("{\"username\":\"#{username}\",\"password\":\"#{password}\"}"))
                        .asJson()
                        .check(jsonPath("$.token").saveAs("token")));
        };
        // one feeder for the warm-up and the measurement: a booking is never sent twice
        FeederBuilder<String> feeder =
                feederFile == null ? null : csv(DIR.resolve(feederFile).toString()).circular();
        BiFunction<String, CheckBuilder[], ChainBuilder> ask = (requestName, checks) -> {
            HttpRequestActionBuilder one = request.apply(requestName);
            if (access == Access.TOKEN) {
                one = one.header("Authorization", "Bearer #{token}");
            }
            if (checks.length > 0) {
                one = one.check(checks);
            }
            return feeder == null ? exec(one) : feed(feeder).exec(one);
        };
        ChainBuilder checked = content.length == 0
                ? exec(session -> session)
                : ask.apply(WARM_UP + CONTENT + name, content);
        ScenarioBuilder scenario = scenario(name)
                .feed(csv(DIR.resolve(accountFile).toString()).circular())
                .exec(signIn)
                .exec(checked)
                .exec(during(WARM).on(ask.apply(WARM_UP + name, NO_CHECKS)))
                .exec(during(MEASURE).on(ask.apply(name, NO_CHECKS)));
        return new Measured(name, scenario);
    }
}
