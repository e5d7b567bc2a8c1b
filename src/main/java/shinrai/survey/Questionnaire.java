package shinrai.survey;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire: the shipped CSI or SERVQUAL, or one of the dealer's own.
 *
 * @param code what responses name it by: {@code CSI}, {@code SERVQUAL}, or the dealer's own code
 * @param factors the CSI factors or SERVQUAL dimensions its scale questions measure, in order, each with its default
 *     weight (per cent); empty for a questionnaire that is not scored
 * @param shipped one of Shinrai's own, not the dealer's
 */
public record Questionnaire(
        String code,
        Scoring scoring,
        Wording name,
        Wording intro,
        List<Factor> factors,
        List<Question> questions,
        boolean shipped) {

    public Questionnaire {
        factors = List.copyOf(factors);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** The questions measuring one factor, in order. */
    public List<Question> questionsOf(String factor) {
        return questions.stream().filter(q -> factor.equals(q.factor())).toList();
    }

    /** A CSI factor or SERVQUAL dimension, with its default weight in per cent. */
    public record Factor(String key, Wording name, int weight) {}
}
