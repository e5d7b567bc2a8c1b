package shinrai.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.NotFound;

/** The questionnaires a dealer may ask: the shipped CSI and SERVQUAL, and the dealer's own. */
@Service
@Transactional(readOnly = true)
public class Questionnaires {

    private final OwnQuestionnaires own;

    Questionnaires(OwnQuestionnaires own) {
        this.own = own;
    }

    /** The shipped questionnaires first, then the dealer's own by code. */
    public List<Questionnaire> all() {
        List<Questionnaire> all = new ArrayList<>(DefaultQuestionnaires.all());
        all.addAll(own.all());
        return all;
    }

    /** Creates one of the dealer's own questionnaires, by the signed-in manager; every problem named by its field. */
    @Transactional
    public Questionnaire create(NewQuestionnaire draft) {
        Long by = shinrai.shared.DealerScope.current().userId();
        if (by == null) {
            throw new SurveyRefused("survey.refused.signInRequired");
        }
        return own.create(draft, by);
    }

    public Optional<Questionnaire> find(String code) {
        return DefaultQuestionnaires.all().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .or(() -> own.find(code));
    }

    public Questionnaire get(String code) {
        return find(code).orElseThrow(() -> new NotFound("questionnaire", code));
    }

    /** The shipped SERVQUAL instrument (its dimensions and weights), for the scores. */
    public static Questionnaire servqual() {
        return DefaultQuestionnaires.SERVQUAL_QUESTIONNAIRE;
    }

    /** The shipped CSI questionnaire (its factors), for the scores. */
    public static Questionnaire csi() {
        return DefaultQuestionnaires.CSI_QUESTIONNAIRE;
    }
}
