package shinrai.survey;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;

/**
 * The dealer's survey settings: which questionnaire its follow-up calls and survey links ask, and its CSI factor
 * weights. A dealer that set none asks the CSI questionnaire with the default weights.
 */
@Service
@Transactional
public class SurveySettings {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final Clock clock;

    SurveySettings(JdbcClient jdbc, Questionnaires questionnaires, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
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

    /** The CSI weights of each of these dealers (those that set none: the defaults), in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, CsiWeights> weightsOf(java.util.Collection<Long> dealers) {
        java.util.Map<Long, CsiWeights> weights = new java.util.HashMap<>();
        dealers.forEach(dealer -> weights.put(dealer, CsiWeights.DEFAULT));
        if (dealers.isEmpty()) {
            return weights;
        }
        jdbc.sql("""
                        SELECT dealer_id, weight_initiation, weight_advisor, weight_facility, weight_pick_up, weight_quality
                        FROM survey.settings WHERE dealer_id IN (:dealers)""").param("dealers", dealers).query(rs -> {
            weights.put(
                    rs.getLong("dealer_id"),
                    new CsiWeights(
                            rs.getInt("weight_initiation"),
                            rs.getInt("weight_advisor"),
                            rs.getInt("weight_facility"),
                            rs.getInt("weight_pick_up"),
                            rs.getInt("weight_quality")));
        });
        return weights;
    }

    /** Chooses the questionnaire the dealer's calls and links ask from now on. */
    public Settings choose(String questionnaire) {
        Questionnaire chosen = questionnaires
                .find(questionnaire)
                .orElseThrow(() -> new InvalidSurveyInput("questionnaire", "survey.error.noSuchQuestionnaire"));
        Settings settings = new Settings(chosen.code(), current().weights());
        save(settings);
        return settings;
    }

    /** Sets the dealer's CSI factor weights. */
    public Settings weigh(CsiWeights weights) {
        Settings settings = new Settings(current().questionnaire(), weights);
        save(settings);
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
