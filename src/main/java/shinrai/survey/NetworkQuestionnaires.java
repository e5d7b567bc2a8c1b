package shinrai.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaires a network wrote for all its dealers, kept like a dealer's own (one JSON document of questions
 * beside its names) under the network's key. Read by the network's staff and by its dealers' staff; written and
 * retired only by the network's own staff (row-level security refuses anyone else).
 */
@Repository
class NetworkQuestionnaires {

    private static final String COLUMNS =
            "code, name_zh, name_en, questions::text AS questions, retired_at IS NOT NULL AS retired";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final DealerDirectory dealers;

    NetworkQuestionnaires(JdbcClient jdbc, JsonMapper json, Clock clock, DealerDirectory dealers) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.dealers = dealers;
    }

    /**
     * The network of the current scope: a dealer's staff, the network of their dealer; a network user, theirs; none
     * without either.
     */
    Optional<Long> currentNetwork() {
        DealerScope scope = DealerScope.current();
        if (scope.dealerId() != null) {
            return Optional.of(dealers.current().networkId());
        }
        return Optional.ofNullable(scope.networkId());
    }

    /** Every questionnaire of the current network, retired ones included, by code. */
    List<Questionnaire> all() {
        Optional<Long> network = currentNetwork();
        if (network.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey.network_questionnaire WHERE network_id = :network"
                        + " ORDER BY retired_at IS NOT NULL, code")
                .param("network", network.get())
                .query((rs, n) -> read(
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("questions"),
                        rs.getBoolean("retired")))
                .list();
    }

    Optional<Questionnaire> find(String code) {
        Optional<Long> network = currentNetwork();
        if (network.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey.network_questionnaire"
                        + " WHERE network_id = :network AND code = :code")
                .param("network", network.get())
                .param("code", code)
                .query((rs, n) -> read(
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("questions"),
                        rs.getBoolean("retired")))
                .optional();
    }

    /**
     * Whether one of the network's dealers has a questionnaire of its own under this code; asked by the network's
     * staff, who see the network's dealers.
     */
    boolean takenByADealer(String code) {
        List<Long> ofTheNetwork = dealers.visibleDealers().stream()
                .map(DealerDirectory.DealerSummary::id)
                .toList();
        return !ofTheNetwork.isEmpty()
                && jdbc.sql("""
                                SELECT EXISTS (SELECT 1 FROM survey.questionnaire
                                               WHERE dealer_id = ANY (:dealers) AND code = :code)""")
                        .param("dealers", ofTheNetwork.toArray(Long[]::new))
                        .param("code", code)
                        .query(Boolean.class)
                        .single();
    }

    /** Stores the checked questionnaire for the current network user's network. */
    Questionnaire create(NewQuestionnaire draft, List<QuestionnaireRules.Stored> questions, long network, long by) {
        jdbc.sql("""
                        INSERT INTO survey.network_questionnaire (network_id, code, name_zh, name_en, questions,
                            created_by, created_at)
                        VALUES (:network, :code, :zh, :en, CAST(:questions AS jsonb), :by, :at)""")
                .param("network", network)
                .param("code", draft.code())
                .param("zh", draft.nameZh().strip())
                .param("en", draft.nameEn().strip())
                .param("questions", json.writeValueAsString(questions))
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return find(draft.code()).orElseThrow();
    }

    /** Retires the questionnaire; one retired already stays as it was. */
    Questionnaire retire(long network, String code, long by) {
        int retired = jdbc.sql("""
                        UPDATE survey.network_questionnaire SET retired_by = :by, retired_at = :at
                        WHERE network_id = :network AND code = :code AND retired_at IS NULL""")
                .param("network", network)
                .param("code", code)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        Questionnaire questionnaire = find(code).orElseThrow(() -> new NotFound("questionnaire", code));
        if (retired == 0 && !questionnaire.retired()) {
            throw new NotFound("questionnaire", code);
        }
        return questionnaire;
    }

    private Questionnaire read(String code, String nameZh, String nameEn, String questions, boolean retired) {
        return new Questionnaire(
                code,
                Scoring.NETWORK,
                Wording.own(nameZh, nameEn),
                Wording.own("", ""),
                List.of(),
                QuestionnaireRules.questions(json.readValue(questions, QuestionnaireRules.Stored[].class)),
                false,
                retired);
    }
}
