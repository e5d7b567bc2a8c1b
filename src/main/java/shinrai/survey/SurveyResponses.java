package shinrai.survey;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shinrai.shared.DealerScope;

/**
 * The dealer's survey responses with their technicians and answers, each written once in three statements and never
 * changed.
 */
@Repository
class SurveyResponses {

    private final JdbcClient jdbc;

    SurveyResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the response; empty when the visit's survey was answered already (the unique repair order: two answers
     * at once, one wins).
     */
    Optional<SurveyResponseId> insert(NewResponse response, LocalDate month, List<CheckedAnswer> answers) {
        long dealer = DealerScope.currentDealer();
        Long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO survey.response (dealer_id, questionnaire, scoring, repair_order_id,
                                repair_order_no, customer_id, advisor_id, call_task_id, channel, recorded_by,
                                answered_at, month)
                            VALUES (:dealer, :questionnaire, :scoring, :order, :number, :customer, :advisor, :call,
                                :channel, :by, :at, :month)
                            ON CONFLICT (dealer_id, repair_order_id) DO NOTHING
                            RETURNING id""")
                    .param("dealer", dealer)
                    .param("questionnaire", response.questionnaire())
                    .param("scoring", response.scoring().name())
                    .param("order", response.repairOrderId())
                    .param("number", response.repairOrderNumber())
                    .param("customer", response.customerId())
                    .param("advisor", response.advisorId())
                    .param("call", response.callTask(), Types.BIGINT)
                    .param("channel", response.channel().name())
                    .param("by", response.recordedBy(), Types.BIGINT)
                    .param("at", Timestamp.from(response.answeredAt()))
                    .param("month", month)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
        } catch (DuplicateKeyException answeredMeanwhile) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.empty();
        }
        if (!response.technicians().isEmpty()) {
            jdbc.sql("""
                            INSERT INTO survey.response_technician (dealer_id, response_id, technician_id)
                            SELECT :dealer, :response, t FROM unnest(CAST(:technicians AS bigint[])) AS t""")
                    .param("dealer", dealer)
                    .param("response", id)
                    .param("technicians", response.technicians().toArray(Long[]::new), Types.ARRAY)
                    .update();
        }
        if (!answers.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO survey.answer (dealer_id, response_id, position, question, kind, factor,
                                scale_min, scale_max, reverse, score, expectation, satisfaction, choice, text)
                            SELECT :dealer, :response, a.position, a.question, a.kind, a.factor,
                                coalesce(a.scale_min, 1), a.scale_max, a.reverse, a.score, a.expectation,
                                a.satisfaction, a.choice, a.text
                            FROM unnest(CAST(:positions AS int[]), CAST(:questions AS text[]), CAST(:kinds AS text[]),
                                CAST(:factors AS text[]), CAST(:mins AS int[]), CAST(:scales AS int[]),
                                CAST(:reverses AS boolean[]), CAST(:scores AS int[]), CAST(:expectations AS int[]),
                                CAST(:satisfactions AS int[]), CAST(:choices AS text[]), CAST(:texts AS text[]))
                                AS a(position, question, kind, factor, scale_min, scale_max, reverse, score,
                                     expectation, satisfaction, choice, text)""")
                    .param("dealer", dealer)
                    .param("response", id)
                    .param(
                            "positions",
                            answers.stream().map(CheckedAnswer::position).toArray(Integer[]::new),
                            Types.ARRAY)
                    .param(
                            "questions",
                            answers.stream().map(a -> a.question().key()).toArray(String[]::new),
                            Types.ARRAY)
                    .param(
                            "kinds",
                            answers.stream()
                                    .map(a -> a.question().kind().name())
                                    .toArray(String[]::new),
                            Types.ARRAY)
                    .param(
                            "factors",
                            answers.stream().map(a -> a.question().factor()).toArray(String[]::new),
                            Types.ARRAY)
                    .param(
                            "mins",
                            answers.stream().map(a -> a.question().scaleMin()).toArray(Integer[]::new),
                            Types.ARRAY)
                    .param(
                            "scales",
                            answers.stream().map(a -> a.question().scaleMax()).toArray(Integer[]::new),
                            Types.ARRAY)
                    .param(
                            "reverses",
                            answers.stream().map(a -> a.question().reverse()).toArray(Boolean[]::new),
                            Types.ARRAY)
                    .param("scores", answers.stream().map(CheckedAnswer::score).toArray(Integer[]::new), Types.ARRAY)
                    .param(
                            "expectations",
                            answers.stream().map(CheckedAnswer::expectation).toArray(Integer[]::new),
                            Types.ARRAY)
                    .param(
                            "satisfactions",
                            answers.stream().map(CheckedAnswer::satisfaction).toArray(Integer[]::new),
                            Types.ARRAY)
                    .param(
                            "choices",
                            answers.stream().map(CheckedAnswer::choice).toArray(String[]::new),
                            Types.ARRAY)
                    .param("texts", answers.stream().map(CheckedAnswer::text).toArray(String[]::new), Types.ARRAY)
                    .update();
        }
        return Optional.of(new SurveyResponseId(id));
    }

    boolean answered(long repairOrderId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM survey.response WHERE dealer_id = :dealer AND repair_order_id = :o)")
                .param("dealer", DealerScope.currentDealer())
                .param("o", repairOrderId)
                .query(Boolean.class)
                .single();
    }

    Optional<SurveyResponse> find(SurveyResponseId id) {
        long dealer = DealerScope.currentDealer();
        List<Long> technicians = jdbc.sql("""
                        SELECT technician_id FROM survey.response_technician
                        WHERE dealer_id = :dealer AND response_id = :id ORDER BY technician_id""")
                .param("dealer", dealer)
                .param("id", id.value())
                .query(Long.class)
                .list();
        List<SurveyResponse.Answer> answers = jdbc.sql("""
                        SELECT position, question, kind, factor, scale_min, scale_max, reverse, score, expectation,
                               satisfaction, choice, text
                        FROM survey.answer WHERE dealer_id = :dealer AND response_id = :id ORDER BY position""")
                .param("dealer", dealer)
                .param("id", id.value())
                .query((rs, n) -> new SurveyResponse.Answer(
                        rs.getInt("position"),
                        rs.getString("question"),
                        QuestionKind.valueOf(rs.getString("kind")),
                        rs.getString("factor"),
                        rs.getObject("scale_max") == null ? null : rs.getInt("scale_min"),
                        rs.getObject("scale_max", Integer.class),
                        rs.getBoolean("reverse"),
                        rs.getObject("score", Integer.class),
                        rs.getObject("expectation", Integer.class),
                        rs.getObject("satisfaction", Integer.class),
                        rs.getString("choice"),
                        rs.getString("text")))
                .list();
        return jdbc.sql("""
                        SELECT id, questionnaire, scoring, repair_order_id, repair_order_no, customer_id, advisor_id,
                               call_task_id, channel, recorded_by, answered_at
                        FROM survey.response WHERE dealer_id = :dealer AND id = :id""")
                .param("dealer", dealer)
                .param("id", id.value())
                .query((rs, n) -> new SurveyResponse(
                        new SurveyResponseId(rs.getLong("id")),
                        rs.getString("questionnaire"),
                        Scoring.valueOf(rs.getString("scoring")),
                        rs.getLong("repair_order_id"),
                        rs.getString("repair_order_no"),
                        rs.getLong("customer_id"),
                        rs.getLong("advisor_id"),
                        technicians,
                        rs.getObject("call_task_id", Long.class),
                        SurveyResponse.Channel.valueOf(rs.getString("channel")),
                        rs.getObject("recorded_by", Long.class),
                        rs.getTimestamp("answered_at").toInstant(),
                        answers))
                .optional();
    }

    /** A merge moves the duplicate's responses to the survivor. */
    void moveCustomer(long dealerId, long from, long to) {
        jdbc.sql("UPDATE survey.response SET customer_id = :to WHERE dealer_id = :dealer AND customer_id = :from")
                .param("dealer", dealerId)
                .param("from", from)
                .param("to", to)
                .update();
    }

    /** A response about to be stored. */
    record NewResponse(
            String questionnaire,
            Scoring scoring,
            long repairOrderId,
            String repairOrderNumber,
            long customerId,
            long advisorId,
            Collection<Long> technicians,
            @Nullable Long callTask,
            SurveyResponse.Channel channel,
            @Nullable Long recordedBy,
            java.time.Instant answeredAt) {

        NewResponse {
            technicians = new ArrayList<>(technicians);
        }
    }
}
