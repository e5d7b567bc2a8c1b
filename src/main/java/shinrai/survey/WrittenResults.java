package shinrai.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;

/**
 * The month's results of a written questionnaire (the dealer's own or its network's), read set-based from the
 * answers: each scale answer normalised to 0–100 by its scale ({@code (satisfaction − lowest) / (highest − lowest) ×
 * 100}, where the satisfaction is the score with reverse-coded items turned round), and the score of a group (the dealer, an advisor's
 * visits, a technician's visits) the mean of all its scale answers; per question the mean on 0–100 and on its own
 * scale, the count of each option chosen, and the free-text answers listed, newest first. For a network questionnaire
 * the network sees each of its dealers side by side.
 */
@Service
@Transactional(readOnly = true)
public class WrittenResults {

    /** The most free-text answers a month's page lists. */
    static final int MOST_TEXTS = 500;

    private final JdbcClient jdbc;
    private final DealerDirectory dealers;
    private final Staff staff;

    WrittenResults(JdbcClient jdbc, DealerDirectory dealers, Staff staff) {
        this.jdbc = jdbc;
        this.dealers = dealers;
        this.staff = staff;
    }

    /** The current dealer's month of a written questionnaire. */
    public QuestionnaireMonth dealerMonth(Questionnaire questionnaire, YearMonth month) {
        refuseUnwritten(questionnaire);
        long dealer = DealerScope.currentDealer();
        List<Long> one = List.of(dealer);
        Map<Long, GroupScore> whole = scores("r.dealer_id", "", questionnaire, one, month);
        Map<Long, GroupScore> byAdvisor = scores("r.advisor_id", "", questionnaire, one, month);
        Map<Long, GroupScore> byTechnician = scores(
                "t.technician_id",
                "JOIN survey.response_technician t ON t.dealer_id = r.dealer_id AND t.response_id = r.id",
                questionnaire,
                one,
                month);
        List<Long> people = new ArrayList<>(byAdvisor.keySet());
        people.addAll(byTechnician.keySet());
        Map<Long, String> names = staff.displayNames(people);
        GroupScore dealerScore = whole.getOrDefault(dealer, GroupScore.NONE)
                .named(dealer, dealers.current().name());
        return new QuestionnaireMonth(
                month,
                questionnaire.code(),
                dealerScore,
                named(byAdvisor, names),
                named(byTechnician, names),
                questions(questionnaire, one, month).getOrDefault(dealer, Map.of()).values().stream()
                        .toList(),
                texts(questionnaire, dealer, month));
    }

    /** The month of a network questionnaire at every dealer of the network, side by side. */
    public List<DealerColumn> network(Questionnaire questionnaire, YearMonth month) {
        refuseUnwritten(questionnaire);
        List<DealerDirectory.DealerSummary> visible = dealers.visibleDealers();
        List<Long> ids = visible.stream().map(DealerDirectory.DealerSummary::id).toList();
        Map<Long, GroupScore> scores = scores("r.dealer_id", "", questionnaire, ids, month);
        Map<Long, Map<String, QuestionResult>> questions = questions(questionnaire, ids, month);
        return visible.stream()
                .map(d -> new DealerColumn(
                        d.id(),
                        d.code(),
                        d.name(),
                        scores.getOrDefault(d.id(), GroupScore.NONE).named(d.id(), d.name()),
                        questions.getOrDefault(d.id(), Map.of())))
                .toList();
    }

    private static void refuseUnwritten(Questionnaire questionnaire) {
        if (!questionnaire.written()) {
            throw new InvalidSurveyInput("code", "survey.error.notWritten", questionnaire.code());
        }
    }

    /**
     * Each group's responses and the mean of its scale answers on 0–100, in one statement.
     */
    private static final String SCORES = """
            SELECT %1$s AS grp, count(DISTINCT r.id) AS responses,
                   avg((a.satisfaction - a.scale_min) * 100.0 / (a.scale_max - a.scale_min))
                       FILTER (WHERE a.kind = 'SCALE' AND a.satisfaction IS NOT NULL) AS score,
                   count(a.satisfaction) FILTER (WHERE a.kind = 'SCALE') AS scale_answers
            FROM survey.response r
            LEFT JOIN survey.answer a ON a.dealer_id = r.dealer_id AND a.response_id = r.id
            %2$s
            WHERE r.dealer_id IN (:dealers) AND r.month = :month AND r.scoring = :scoring
              AND r.questionnaire = :code
            GROUP BY %1$s""";

    private Map<Long, GroupScore> scores(
            String group, String join, Questionnaire questionnaire, Collection<Long> dealerIds, YearMonth month) {
        Map<Long, GroupScore> scores = new LinkedHashMap<>();
        if (dealerIds.isEmpty()) {
            return scores;
        }
        jdbc.sql(SCORES.formatted(group, join))
                .param("dealers", dealerIds)
                .param("month", month.atDay(1))
                .param("scoring", questionnaire.scoring().name())
                .param("code", questionnaire.code())
                .query((RowCallbackHandler) rs -> {
                    double score = rs.getDouble("score");
                    boolean scored = !rs.wasNull();
                    scores.put(
                            rs.getLong("grp"),
                            new GroupScore(
                                    rs.getLong("grp"),
                                    "",
                                    rs.getLong("responses"),
                                    rs.getLong("scale_answers"),
                                    scored ? round(score, 1) : null));
                });
        return scores;
    }

    /** Per dealer, each question's result in the questionnaire's order: scale means, choice counts. */
    private Map<Long, Map<String, QuestionResult>> questions(
            Questionnaire questionnaire, Collection<Long> dealerIds, YearMonth month) {
        Map<Long, Map<String, Aggregate>> read = new HashMap<>();
        if (!dealerIds.isEmpty()) {
            jdbc.sql("""
                            SELECT r.dealer_id, a.question, a.choice, count(*) AS answers,
                                   avg((a.satisfaction - a.scale_min) * 100.0 / (a.scale_max - a.scale_min)) AS mean,
                                   avg(a.satisfaction) AS points
                            FROM survey.response r
                            JOIN survey.answer a ON a.dealer_id = r.dealer_id AND a.response_id = r.id
                            WHERE r.dealer_id IN (:dealers) AND r.month = :month AND r.scoring = :scoring
                              AND r.questionnaire = :code AND a.kind <> 'TEXT'
                            GROUP BY r.dealer_id, a.question, a.choice""")
                    .param("dealers", dealerIds)
                    .param("month", month.atDay(1))
                    .param("scoring", questionnaire.scoring().name())
                    .param("code", questionnaire.code())
                    .query((RowCallbackHandler) rs -> {
                        Aggregate aggregate = read.computeIfAbsent(rs.getLong("dealer_id"), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString("question"), k -> new Aggregate());
                        String choice = rs.getString("choice");
                        long answers = rs.getLong("answers");
                        aggregate.answers += answers;
                        if (choice != null) {
                            aggregate.choices.put(choice, answers);
                        } else {
                            double mean = rs.getDouble("mean");
                            aggregate.mean = rs.wasNull() ? null : mean;
                            double points = rs.getDouble("points");
                            aggregate.points = rs.wasNull() ? null : points;
                        }
                    });
        }
        Map<Long, Map<String, QuestionResult>> results = new HashMap<>();
        for (Long dealer : dealerIds) {
            Map<String, Aggregate> byQuestion = read.getOrDefault(dealer, Map.of());
            Map<String, QuestionResult> inOrder = new LinkedHashMap<>();
            int number = 0;
            for (Question q : questionnaire.questions()) {
                number++;
                if (q.kind() == QuestionKind.TEXT) {
                    continue;
                }
                Aggregate aggregate = byQuestion.getOrDefault(q.key(), new Aggregate());
                Map<String, Long> choices = new LinkedHashMap<>();
                q.options().forEach(o -> choices.put(o.key(), aggregate.choices.getOrDefault(o.key(), 0L)));
                inOrder.put(
                        q.key(),
                        new QuestionResult(
                                number,
                                q.key(),
                                q.kind(),
                                aggregate.answers,
                                aggregate.mean == null ? null : round(aggregate.mean, 1),
                                aggregate.points == null ? null : round(aggregate.points, 2),
                                choices));
            }
            results.put(dealer, inOrder);
        }
        return results;
    }

    /** The month's free-text answers at the dealer, newest first. */
    private List<TextAnswer> texts(Questionnaire questionnaire, long dealer, YearMonth month) {
        return jdbc.sql("""
                        SELECT a.question, a.text, r.repair_order_no, r.answered_at
                        FROM survey.response r
                        JOIN survey.answer a ON a.dealer_id = r.dealer_id AND a.response_id = r.id
                        WHERE r.dealer_id = :dealer AND r.month = :month AND r.scoring = :scoring
                          AND r.questionnaire = :code AND a.kind = 'TEXT' AND a.text IS NOT NULL
                        ORDER BY r.answered_at DESC, r.id DESC, a.position
                        LIMIT :most""")
                .param("dealer", dealer)
                .param("month", month.atDay(1))
                .param("scoring", questionnaire.scoring().name())
                .param("code", questionnaire.code())
                .param("most", MOST_TEXTS)
                .query((rs, n) -> new TextAnswer(
                        rs.getString("question"),
                        rs.getString("text"),
                        rs.getString("repair_order_no"),
                        rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    private static List<GroupScore> named(Map<Long, GroupScore> scores, Map<Long, String> names) {
        return scores.values().stream()
                .map(s -> s.named(s.id(), names.getOrDefault(s.id(), "-")))
                .sorted(java.util.Comparator.comparing(
                                (GroupScore s) -> s.score() == null ? BigDecimal.valueOf(-1) : s.score())
                        .reversed()
                        .thenComparing(GroupScore::name))
                .toList();
    }

    static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static final class Aggregate {
        long answers;

        @Nullable
        Double mean;

        @Nullable
        Double points;

        final Map<String, Long> choices = new HashMap<>();
    }

    /**
     * A group's month.
     *
     * @param id the dealer's, advisor's or technician's id
     * @param scaleAnswers the scale answers its score averages
     * @param score the mean of its scale answers on 0–100, one decimal; {@code null} without any
     */
    public record GroupScore(
            long id,
            String name,
            long responses,
            long scaleAnswers,
            @Nullable BigDecimal score) {
        static final GroupScore NONE = new GroupScore(0, "", 0, 0, null);

        GroupScore named(long id, String name) {
            return new GroupScore(id, name, responses, scaleAnswers, score);
        }
    }

    /**
     * One question's month.
     *
     * @param answers how many answered it
     * @param mean a scale question's mean on 0–100 (reverse-coded: turned round first), one decimal
     * @param points a scale question's mean satisfaction on its own scale, two decimals
     * @param choices a choice question's count per option, in the options' order
     */
    public record QuestionResult(
            int number,
            String question,
            QuestionKind kind,
            long answers,
            @Nullable BigDecimal mean,
            @Nullable BigDecimal points,
            Map<String, Long> choices) {}

    /** A free-text answer, with the visit it was about. */
    public record TextAnswer(String question, String text, String repairOrderNumber, Instant answeredAt) {}

    /** The dealer's month of a written questionnaire. */
    public record QuestionnaireMonth(
            YearMonth month,
            String questionnaire,
            GroupScore dealer,
            List<GroupScore> advisors,
            List<GroupScore> technicians,
            List<QuestionResult> questions,
            List<TextAnswer> texts) {}

    /** One dealer of the network in the month of a network questionnaire, its questions by key. */
    public record DealerColumn(
            long id, String code, String name, GroupScore score, Map<String, QuestionResult> questions) {}
}
