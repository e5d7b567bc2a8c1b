package shinrai.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.DealerScope;

/**
 * The dealer's survey settings: which questionnaire its follow-up calls and survey links ask, and its CSI factor
 * weights, kept per month from the month of each change so that a month is scored with the weights of that month. A
 * dealer that set none asks the CSI questionnaire with the default weights.
 */
@Service
@Transactional
public class SurveySettings {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final DealerDirectory dealers;
    private final Clock clock;

    SurveySettings(JdbcClient jdbc, Questionnaires questionnaires, DealerDirectory dealers, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.dealers = dealers;
        this.clock = clock;
    }

    /** The settings in force for the current dealer. */
    @Transactional(readOnly = true)
    public Settings current() {
        return jdbc.sql("""
                        SELECT active_questionnaire, weight_initiation, weight_advisor, weight_facility,
                               weight_pick_up, weight_quality
                        FROM survey.settings WHERE dealer_id = :dealer""")
                .param("dealer", DealerScope.currentDealer())
                .query((rs, n) -> new Settings(
                        rs.getString("active_questionnaire"),
                        new CsiWeights(
                                rs.getInt("weight_initiation"),
                                rs.getInt("weight_advisor"),
                                rs.getInt("weight_facility"),
                                rs.getInt("weight_pick_up"),
                                rs.getInt("weight_quality"))))
                .optional()
                .orElse(Settings.DEFAULT);
    }

    /**
     * The current dealer's CSI weights in effect in a month: those of the last change made in that month or before
     * (the defaults before the first).
     */
    @Transactional(readOnly = true)
    public CsiWeights weightsIn(YearMonth month) {
        return weightsOf(List.of(DealerScope.currentDealer()), month).get(DealerScope.currentDealer());
    }

    /** The CSI weights in effect in a month at each of these dealers (the defaults before a dealer's first change). */
    @Transactional(readOnly = true)
    public Map<Long, CsiWeights> weightsOf(Collection<Long> dealers, YearMonth month) {
        Map<Long, CsiWeights> weights = new HashMap<>();
        dealers.forEach(dealer -> weights.put(dealer, CsiWeights.DEFAULT));
        if (dealers.isEmpty()) {
            return weights;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (dealer_id) dealer_id, weight_initiation, weight_advisor, weight_facility,
                               weight_pick_up, weight_quality
                        FROM survey.weights_change
                        WHERE dealer_id IN (:dealers) AND effective_month <= :month
                        ORDER BY dealer_id, effective_month DESC""").param("dealers", dealers).param("month", month.atDay(1)).query(rs -> {
            weights.put(rs.getLong("dealer_id"), weights(rs));
        });
        return weights;
    }

    /**
     * The current dealer's weights in effect in each month from {@code first} to {@code last}, in one query: the last
     * change made in or before each month.
     */
    @Transactional(readOnly = true)
    public Map<YearMonth, CsiWeights> weightsFrom(YearMonth first, YearMonth last) {
        NavigableMap<YearMonth, CsiWeights> changes = new TreeMap<>();
        jdbc.sql("""
                        SELECT effective_month, weight_initiation, weight_advisor, weight_facility, weight_pick_up,
                               weight_quality
                        FROM survey.weights_change
                        WHERE dealer_id = :dealer AND effective_month <= :last
                        ORDER BY effective_month""")
                .param("dealer", DealerScope.currentDealer())
                .param("last", last.atDay(1))
                .query(rs -> {
                    changes.put(YearMonth.from(rs.getDate("effective_month").toLocalDate()), weights(rs));
                });
        Map<YearMonth, CsiWeights> byMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Map.Entry<YearMonth, CsiWeights> inForce = changes.floorEntry(month);
            byMonth.put(month, inForce == null ? CsiWeights.DEFAULT : inForce.getValue());
        }
        return byMonth;
    }

    private static CsiWeights weights(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CsiWeights(
                rs.getInt("weight_initiation"),
                rs.getInt("weight_advisor"),
                rs.getInt("weight_facility"),
                rs.getInt("weight_pick_up"),
                rs.getInt("weight_quality"));
    }

    /** Chooses the questionnaire the dealer's calls and links ask from now on. */
    public Settings choose(String questionnaire) {
        Questionnaire chosen = questionnaires
                .find(questionnaire)
                .filter(q -> !q.retired())
                .orElseThrow(() -> new InvalidSurveyInput("questionnaire", "survey.error.noSuchQuestionnaire"));
        Settings settings = new Settings(chosen.code(), current().weights());
        save(settings);
        return settings;
    }

    /**
     * Sets the dealer's CSI factor weights from this month on (in the dealer's time zone): the months before keep the
     * weights they were scored with; a second change within the month replaces the first.
     */
    public Settings weigh(CsiWeights weights) {
        Settings settings = new Settings(current().questionnaire(), weights);
        save(settings);
        jdbc.sql("""
                        INSERT INTO survey.weights_change (dealer_id, effective_month, weight_initiation,
                            weight_advisor, weight_facility, weight_pick_up, weight_quality, set_by, set_at)
                        VALUES (:dealer, :month, :initiation, :advisor, :facility, :pickUp, :quality, :by, :at)
                        ON CONFLICT (dealer_id, effective_month) DO UPDATE SET
                            weight_initiation = excluded.weight_initiation, weight_advisor = excluded.weight_advisor,
                            weight_facility = excluded.weight_facility, weight_pick_up = excluded.weight_pick_up,
                            weight_quality = excluded.weight_quality, set_by = excluded.set_by,
                            set_at = excluded.set_at""")
                .param("dealer", DealerScope.currentDealer())
                .param(
                        "month",
                        YearMonth.from(clock.instant().atZone(dealers.current().zone()))
                                .atDay(1))
                .param("initiation", weights.initiation())
                .param("advisor", weights.advisor())
                .param("facility", weights.facility())
                .param("pickUp", weights.pickUp())
                .param("quality", weights.quality())
                .param("by", DealerScope.current().userId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return settings;
    }

    private void save(Settings settings) {
        Long by = DealerScope.current().userId();
        if (by == null) {
            throw new SurveyRefused("survey.refused.signInRequired");
        }
        CsiWeights w = settings.weights();
        jdbc.sql("""
                        INSERT INTO survey.settings (dealer_id, active_questionnaire, weight_initiation, weight_advisor,
                            weight_facility, weight_pick_up, weight_quality, set_by, set_at)
                        VALUES (:dealer, :questionnaire, :initiation, :advisor, :facility, :pickUp, :quality, :by, :at)
                        ON CONFLICT (dealer_id) DO UPDATE SET active_questionnaire = excluded.active_questionnaire,
                            weight_initiation = excluded.weight_initiation, weight_advisor = excluded.weight_advisor,
                            weight_facility = excluded.weight_facility, weight_pick_up = excluded.weight_pick_up,
                            weight_quality = excluded.weight_quality, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("dealer", DealerScope.currentDealer())
                .param("questionnaire", settings.questionnaire())
                .param("initiation", w.initiation())
                .param("advisor", w.advisor())
                .param("facility", w.facility())
                .param("pickUp", w.pickUp())
                .param("quality", w.quality())
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * @param questionnaire the code of the questionnaire the dealer's calls and links ask
     * @param weights the CSI factor weights
     */
    public record Settings(String questionnaire, CsiWeights weights) {
        public static final Settings DEFAULT = new Settings(DefaultQuestionnaires.CSI, CsiWeights.DEFAULT);
    }
}
