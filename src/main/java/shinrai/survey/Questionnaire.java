package shinrai.survey;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire: the shipped CSI or SERVQUAL, one of the dealer's own, or one its network wrote for all its dealers.
 *
 * @param code what responses name it by: {@code CSI}, {@code SERVQUAL}, or the dealer's own code
 * @param factors the CSI factors or SERVQUAL dimensions its scale questions measure, in order, each with its default
 *     weight (per cent); empty for a questionnaire that is not scored
 * @param shipped one of Shinrai's own, not the dealer's or the network's
 * @param retired a network questionnaire its network retired: kept for the responses that name it, no longer asked
 */
public record Questionnaire(
        String code,
        Scoring scoring,
        Wording name,
        Wording intro,
        List<Factor> factors,
        List<Question> questions,
        boolean shipped,
        boolean retired) {

    public Questionnaire {
        factors = List.copyOf(factors);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** Written by the dealer or its network (scored as written: scale means, choice counts, texts listed). */
    public boolean written() {
        return scoring == Scoring.OWN || scoring == Scoring.NETWORK;
    }

    /** The questions measuring one factor, in order. */
    public List<Question> questionsOf(String factor) {
        return questions.stream().filter(q -> factor.equals(q.factor())).toList();
    }

    /** A CSI factor or SERVQUAL dimension, with its default weight in per cent. */
    public record Factor(String key, Wording name, int weight) {}
}
