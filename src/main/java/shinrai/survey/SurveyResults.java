package shinrai.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;

/**
 * A month's scores, read set-based from the answers: the CSI of the dealer, of each advisor (the visits they received)
 * and of each technician (the visits they worked on), the SERVQUAL gaps, the last twelve months' CSI, and for the
 * network each of its dealers side by side; each month is scored with the CSI weights in effect in that month. The
 * database averages each group's answers per factor in one statement;
 * {@link CsiIndex} and {@link ServqualGaps} combine the means (five per group) into the scores.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    static final int TREND_MONTHS = 12;

    private final JdbcClient jdbc;
    private final SurveySettings settings;
    private final DealerDirectory dealers;
    private final Staff staff;

    SurveyResults(JdbcClient jdbc, SurveySettings settings, DealerDirectory dealers, Staff staff) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.dealers = dealers;
        this.staff = staff;
    }

    /** The current dealer's month: its CSI, per advisor and per technician, and its SERVQUAL gaps. */
    public DealerMonth dealerMonth(YearMonth month) {
        long dealer = DealerScope.currentDealer();
        Map<String, Integer> weights = settings.weightsIn(month).byFactor();
        Map<Long, Means> whole = csiMeans("r.dealer_id", "", List.of(dealer), month);
        Map<Long, Means> byAdvisor = csiMeans("r.advisor_id", "", List.of(dealer), month);
        Map<Long, Means> byTechnician = csiMeans(
                "t.technician_id",
                "JOIN survey.response_technician t ON t.dealer_id = r.dealer_id AND t.response_id = r.id",
                List.of(dealer),
                month);
        List<Long> people = new ArrayList<>(byAdvisor.keySet());
        people.addAll(byTechnician.keySet());
        Map<Long, String> names = staff.displayNames(people);
        return new DealerMonth(
                month,
                score(dealer, dealers.current().name(), whole.get(dealer), weights),
                byAdvisor.entrySet().stream()
                        .map(e -> score(e.getKey(), names.getOrDefault(e.getKey(), "-"), e.getValue(), weights))
                        .sorted(BY_INDEX)
                        .toList(),
                byTechnician.entrySet().stream()
                        .map(e -> score(e.getKey(), names.getOrDefault(e.getKey(), "-"), e.getValue(), weights))
                        .sorted(BY_INDEX)
                        .toList(),
                servqual(List.of(dealer), month).getOrDefault(dealer, ServqualScore.NONE),
                weights);
    }

    /** The current dealer's CSI over the twelve months up to {@code last}, oldest first; months without answers empty. */
    public List<MonthIndex> trend(YearMonth last) {
        long dealer = DealerScope.currentDealer();
        YearMonth first = last.minusMonths(TREND_MONTHS - 1);
        Map<YearMonth, CsiWeights> weights = settings.weightsFrom(first, last);
        Map<Long, Means> byMonth = new HashMap<>();
        jdbc.sql(CSI_MEANS
                        .formatted("(r.month - DATE '1970-01-01')", "")
                        .replace("r.month = :month", "r.month BETWEEN :first AND :month"))
                .param("dealers", List.of(dealer))
                .param("first", first.atDay(1))
                .param("month", last.atDay(1))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> collect(byMonth, rs));
        List<MonthIndex> trend = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long key = month.atDay(1).toEpochDay();
            Means means = byMonth.get(key);
            trend.add(new MonthIndex(
                    month,
                    means == null ? 0 : means.responses,
                    means == null
                            ? null
                            : CsiIndex.of(means.factors, weights.get(month).byFactor())
                                    .orElse(null)));
        }
        return trend;
    }

    /**
     * The month of every dealer the current user may see (a network analyst: the network's), side by side, each CSI with
     * its own dealer's weights.
     */
    public List<DealerSideBySide> network(YearMonth month) {
        List<DealerDirectory.DealerSummary> visible = dealers.visibleDealers();
        List<Long> ids = visible.stream().map(DealerDirectory.DealerSummary::id).toList();
        Map<Long, CsiWeights> weights = settings.weightsOf(ids, month);
        Map<Long, Means> csi = csiMeans("r.dealer_id", "", ids, month);
        Map<Long, ServqualScore> servqual = servqual(ids, month);
        return visible.stream()
                .map(d -> new DealerSideBySide(
                        d.id(),
                        d.code(),
                        d.name(),
                        score(
                                d.id(),
                                d.name(),
                                csi.get(d.id()),
                                weights.get(d.id()).byFactor()),
                        servqual.getOrDefault(d.id(), ServqualScore.NONE)))
                .toList();
    }

    private static final java.util.Comparator<CsiScore> BY_INDEX = java.util.Comparator.comparing(
                    (CsiScore s) -> s.index() == null ? BigDecimal.valueOf(-1) : s.index())
            .reversed()
            .thenComparing(CsiScore::name);

    /**
     * Each factor's mean on 0–100 per group and each group's number of responses, in one statement: the grouping set
     * without the factor counts the group's responses.
     */
    private static final String CSI_MEANS = """
            SELECT %1$s AS grp, a.factor, GROUPING(a.factor) AS whole,
                   avg((a.satisfaction - a.scale_min) * 100.0 / (a.scale_max - a.scale_min)) AS mean,
                   count(DISTINCT r.id) AS responses
            FROM survey.response r
            JOIN survey.answer a ON a.dealer_id = r.dealer_id AND a.response_id = r.id
            %2$s
            WHERE r.dealer_id IN (:dealers) AND r.month = :month AND r.scoring = 'CSI'
              AND a.factor IS NOT NULL AND a.satisfaction IS NOT NULL
            GROUP BY GROUPING SETS ((%1$s, a.factor), (%1$s))""";

    private Map<Long, Means> csiMeans(String group, String join, Collection<Long> dealerIds, YearMonth month) {
        Map<Long, Means> means = new LinkedHashMap<>();
        if (dealerIds.isEmpty()) {
            return means;
        }
        jdbc.sql(CSI_MEANS.formatted(group, join))
                .param("dealers", dealerIds)
                .param("month", month.atDay(1))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> collect(means, rs));
        return means;
    }

    private static void collect(Map<Long, Means> means, java.sql.ResultSet rs) throws java.sql.SQLException {
        Means group = means.computeIfAbsent(rs.getLong("grp"), k -> new Means());
        if (rs.getInt("whole") == 1) {
            group.responses = rs.getLong("responses");
        } else {
            group.factors.put(rs.getString("factor"), rs.getDouble("mean"));
        }
    }

    /** Each dealer's SERVQUAL item means (reverse coding applied) and its number of SERVQUAL responses. */
    private Map<Long, ServqualScore> servqual(Collection<Long> dealerIds, YearMonth month) {
        Map<Long, List<ServqualGaps.ItemMeans>> items = new LinkedHashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        if (dealerIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                        SELECT r.dealer_id, a.question, a.factor, min(a.position) AS position,
                               avg(CASE WHEN a.reverse THEN a.scale_min + a.scale_max - a.expectation ELSE a.expectation END)
                                   AS expectation,
                               avg(a.satisfaction) AS perception
                        FROM survey.response r
                        JOIN survey.answer a ON a.dealer_id = r.dealer_id AND a.response_id = r.id
                        WHERE r.dealer_id IN (:dealers) AND r.month = :month AND r.scoring = 'SERVQUAL'
                          AND a.factor IS NOT NULL AND a.expectation IS NOT NULL AND a.satisfaction IS NOT NULL
                        GROUP BY r.dealer_id, a.question, a.factor
                        ORDER BY r.dealer_id, position""").param("dealers", dealerIds).param("month", month.atDay(1)).query(rs -> {
            items.computeIfAbsent(rs.getLong("dealer_id"), k -> new ArrayList<>())
                    .add(new ServqualGaps.ItemMeans(
                            rs.getString("question"),
                            rs.getString("factor"),
                            rs.getDouble("expectation"),
                            rs.getDouble("perception")));
        });
        jdbc.sql("""
                        SELECT dealer_id, count(*) AS responses FROM survey.response
                        WHERE dealer_id IN (:dealers) AND month = :month AND scoring = 'SERVQUAL'
                        GROUP BY dealer_id""").param("dealers", dealerIds).param("month", month.atDay(1)).query(rs -> {
            counts.put(rs.getLong("dealer_id"), rs.getLong("responses"));
        });
        Map<String, Integer> weights = servqualWeights();
        Map<Long, ServqualScore> scores = new HashMap<>();
        items.forEach((dealer, means) -> scores.put(
                dealer, new ServqualScore(counts.getOrDefault(dealer, 0L), ServqualGaps.of(means, weights))));
        return scores;
    }

    /** The SERVQUAL dimensions in order with their weights. */
    public static Map<String, Integer> servqualWeights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        Questionnaires.servqual().factors().forEach(f -> weights.put(f.key(), f.weight()));
        return weights;
    }

    private static CsiScore score(long id, String name, @Nullable Means means, Map<String, Integer> weights) {
        if (means == null) {
            return new CsiScore(id, name, 0, Map.of(), null);
        }
        return new CsiScore(
                id,
                name,
                means.responses,
                CsiIndex.shown(means.factors, weights),
                CsiIndex.of(means.factors, weights).orElse(null));
    }

    /** A group's factor means on 0–100 and its number of responses, as the database answered them. */
    private static final class Means {
        final Map<String, Double> factors = new HashMap<>();
        long responses;
    }

    /**
     * One group's CSI in a month.
     *
     * @param id the dealer's, advisor's or technician's id
     * @param factors each factor's mean on 0–100, rounded to one decimal, of the factors answered
     * @param index the CSI on 0–100, rounded to one decimal; {@code null} without answers
     */
    public record CsiScore(
            long id,
            String name,
            long responses,
            Map<String, BigDecimal> factors,
            @Nullable BigDecimal index) {}

    /** A dealer's SERVQUAL gaps in a month. */
    public record ServqualScore(long responses, ServqualGaps.Result gaps) {
        static final ServqualScore NONE =
                new ServqualScore(0, new ServqualGaps.Result(List.of(), Map.of(), Optional.empty(), Optional.empty()));
    }

    /** The dealer's month. */
    public record DealerMonth(
            YearMonth month,
            CsiScore dealer,
            List<CsiScore> advisors,
            List<CsiScore> technicians,
            ServqualScore servqual,
            Map<String, Integer> weights) {}

    /** One month of the trend: {@code index} {@code null} when nobody answered. */
    public record MonthIndex(
            YearMonth month, long responses, @Nullable BigDecimal index) {}

    /** One dealer of the network in a month. */
    public record DealerSideBySide(long id, String code, String name, CsiScore csi, ServqualScore servqual) {}

    static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }
}
