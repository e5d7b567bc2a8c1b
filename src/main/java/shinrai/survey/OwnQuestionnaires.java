package shinrai.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shinrai.shared.DealerScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dealer's own questionnaires, each written once in its own words and never changed (responses name its
 * questions), its questions kept as one JSON document beside its name.
 */
@Repository
class OwnQuestionnaires {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    OwnQuestionnaires(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    List<Questionnaire> all() {
        return jdbc.sql("SELECT code, name_zh, name_en, questions::text AS questions FROM survey.questionnaire "
                        + "WHERE dealer_id = :dealer ORDER BY code")
                .param("dealer", DealerScope.currentDealer())
                .query((rs, n) -> read(
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("questions")))
                .list();
    }

    Optional<Questionnaire> find(String code) {
        return jdbc.sql("SELECT code, name_zh, name_en, questions::text AS questions FROM survey.questionnaire "
                        + "WHERE dealer_id = :dealer AND code = :code")
                .param("dealer", DealerScope.currentDealer())
                .param("code", code)
                .query((rs, n) -> read(
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("questions")))
                .optional();
    }

    /** Stores the checked questionnaire. */
    Questionnaire create(NewQuestionnaire draft, List<QuestionnaireRules.Stored> questions, long by) {
        jdbc.sql("""
                        INSERT INTO survey.questionnaire (dealer_id, code, name_zh, name_en, questions, created_by,
                            created_at)
                        VALUES (:dealer, :code, :zh, :en, CAST(:questions AS jsonb), :by, :at)""")
                .param("dealer", DealerScope.currentDealer())
                .param("code", draft.code())
                .param("zh", draft.nameZh().strip())
                .param("en", draft.nameEn().strip())
                .param("questions", json.writeValueAsString(questions))
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return find(draft.code()).orElseThrow();
    }

    private Questionnaire read(String code, String nameZh, String nameEn, String questions) {
        return new Questionnaire(
                code,
                Scoring.OWN,
                Wording.own(nameZh, nameEn),
                Wording.own("", ""),
                List.of(),
                QuestionnaireRules.questions(json.readValue(questions, QuestionnaireRules.Stored[].class)),
                false,
                false);
    }
}
