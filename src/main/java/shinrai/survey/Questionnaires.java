package shinrai.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/**
 * The questionnaires a dealer may ask: the shipped CSI and SERVQUAL, the dealer's own, and those its network wrote for
 * all its dealers; and the network's own questionnaires as its staff write and retire them. A written questionnaire
 * keeps the same rules ({@link QuestionnaireRules}) whether it comes from the API or the page, from a dealer or a
 * network, and its code is one no other questionnaire of the network's dealers uses.
 */
@Service
@Transactional(readOnly = true)
public class Questionnaires {

    private final OwnQuestionnaires own;
    private final NetworkQuestionnaires network;

    Questionnaires(OwnQuestionnaires own, NetworkQuestionnaires network) {
        this.own = own;
        this.network = network;
    }

    /** The shipped questionnaires first, then the dealer's own by code, then its network's still in force. */
    public List<Questionnaire> all() {
        List<Questionnaire> all = new ArrayList<>(DefaultQuestionnaires.all());
        if (DealerScope.current().dealer().isPresent()) {
            all.addAll(own.all());
        }
        network.all().stream().filter(q -> !q.retired()).forEach(all::add);
        return all;
    }

    /** The network's questionnaires, in force first, then the retired ones. */
    public List<Questionnaire> ofNetwork() {
        return network.all();
    }

    /**
     * Checks a dealer's own questionnaire as {@link #create} would, without storing it: what the manager previews.
     * Every problem named by its field.
     */
    public Questionnaire preview(NewQuestionnaire draft) {
        List<QuestionnaireRules.Stored> questions = QuestionnaireRules.check(draft);
        refuseTakenCode(draft.code());
        return drafted(draft, questions, Scoring.OWN);
    }

    /** Creates one of the dealer's own questionnaires, by the signed-in manager; every problem named by its field. */
    @Transactional
    public Questionnaire create(NewQuestionnaire draft) {
        Long by = signedIn();
        List<QuestionnaireRules.Stored> questions = QuestionnaireRules.check(draft);
        refuseTakenCode(draft.code());
        return own.create(draft, questions, by);
    }

    /** Checks a network questionnaire as {@link #createForNetwork} would, without storing it. */
    public Questionnaire previewForNetwork(NewQuestionnaire draft) {
        List<QuestionnaireRules.Stored> questions = QuestionnaireRules.check(draft);
        networkOfUser(); // refuses anyone but a network user
        refuseTakenInNetwork(draft.code());
        return drafted(draft, questions, Scoring.NETWORK);
    }

    /**
     * Creates a questionnaire for every dealer of the signed-in network user's network; every problem named by its
     * field. A code one of its dealers uses for its own is refused.
     */
    @Transactional
    public Questionnaire createForNetwork(NewQuestionnaire draft) {
        Long by = signedIn();
        long of = networkOfUser();
        List<QuestionnaireRules.Stored> questions = QuestionnaireRules.check(draft);
        refuseTakenInNetwork(draft.code());
        return network.create(draft, questions, of, by);
    }

    /**
     * Retires one of the network's questionnaires: its dealers can no longer choose it and their calls and links that
     * asked it ask the CSI questionnaire; the responses that name it keep it.
     */
    @Transactional
    public Questionnaire retire(String code) {
        Long by = signedIn();
        return network.retire(networkOfUser(), code, by);
    }

    /** A questionnaire by code: shipped, the dealer's own, or its network's (retired ones too, for their responses). */
    public Optional<Questionnaire> find(String code) {
        return DefaultQuestionnaires.all().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .or(() -> DealerScope.current().dealer().isPresent() ? own.find(code) : Optional.empty())
                .or(() -> network.find(code));
    }

    public Questionnaire get(String code) {
        return find(code).orElseThrow(() -> new NotFound("questionnaire", code));
    }

    /** One of the current network's questionnaires, retired ones too. */
    public Questionnaire getOfNetwork(String code) {
        return network.find(code).orElseThrow(() -> new NotFound("questionnaire", code));
    }

    /** The shipped SERVQUAL instrument (its dimensions and weights), for the scores. */
    public static Questionnaire servqual() {
        return DefaultQuestionnaires.SERVQUAL_QUESTIONNAIRE;
    }

    /** The shipped CSI questionnaire (its factors), for the scores. */
    public static Questionnaire csi() {
        return DefaultQuestionnaires.CSI_QUESTIONNAIRE;
    }

    private void refuseTakenCode(String code) {
        if (own.find(code).isPresent()) {
            throw new InvalidSurveyInput("code", "survey.error.codeTaken", code);
        }
        if (network.find(code).isPresent()) {
            throw new InvalidSurveyInput("code", "survey.error.codeTakenByNetwork", code);
        }
    }

    private void refuseTakenInNetwork(String code) {
        if (network.find(code).isPresent()) {
            throw new InvalidSurveyInput("code", "survey.error.codeTakenInNetwork", code);
        }
        if (network.takenByADealer(code)) {
            throw new InvalidSurveyInput("code", "survey.error.codeTakenByADealer", code);
        }
    }

    private static Questionnaire drafted(
            NewQuestionnaire draft, List<QuestionnaireRules.Stored> questions, Scoring scoring) {
        return new Questionnaire(
                draft.code(),
                scoring,
                Wording.own(draft.nameZh().strip(), draft.nameEn().strip()),
                Wording.own("", ""),
                List.of(),
                QuestionnaireRules.questions(questions.toArray(QuestionnaireRules.Stored[]::new)),
                false,
                false);
    }

    private static long signedIn() {
        Long by = DealerScope.current().userId();
        if (by == null) {
            throw new SurveyRefused("survey.refused.signInRequired");
        }
        return by;
    }

    /** The network of a network user: dealer staff write no network questionnaire. */
    private static long networkOfUser() {
        DealerScope scope = DealerScope.current();
        if (scope.dealerId() != null || scope.networkId() == null) {
            throw new SurveyRefused("survey.refused.networkOnly");
        }
        return scope.networkId();
    }
}
