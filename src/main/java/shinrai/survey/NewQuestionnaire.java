package shinrai.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.shared.TextLimits;

/**
 * A dealer's own questionnaire as its manager writes it, in Chinese and English.
 *
 * @param code what responses will name it by: capital letters, digits and {@code _}, 2 to 30, starting with a letter;
 *     not {@code CSI} or {@code SERVQUAL}
 */
public record NewQuestionnaire(
        @Size(max = 30) String code,
        @Size(max = TextLimits.NAME) String nameZh,
        @Size(max = TextLimits.NAME) String nameEn,
        @Size(max = QuestionnaireRules.MOST_QUESTIONS) List<@Valid NewQuestion> questions) {

    public NewQuestionnaire {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * One question of it.
     *
     * @param scaleMin a scale question's lowest point, 0 to 9 and below its top (left out: 1)
     * @param scaleMax a scale question's top point, 2 to 10
     * @param options a choice question's options, 2 to 10
     * @param maxLength a text question's longest answer, 1 to 2000
     * @param required whether it must be answered (left out: no)
     * @param reverse a negatively worded scale question, turned round when read as satisfaction (left out: no)
     */
    public record NewQuestion(
            @Size(max = 30) String key,
            QuestionKind kind,
            @Size(max = QuestionnaireRules.QUESTION_TEXT) String textZh,
            @Size(max = QuestionnaireRules.QUESTION_TEXT) String textEn,
            @Nullable @Size(max = 30) String factor,
            @Nullable Integer scaleMin,
            @Nullable Integer scaleMax,
            @Nullable @Size(max = TextLimits.TOKEN) String lowZh,
            @Nullable @Size(max = TextLimits.TOKEN) String lowEn,
            @Nullable @Size(max = TextLimits.TOKEN) String highZh,
            @Nullable @Size(max = TextLimits.TOKEN) String highEn,
            @Nullable @Size(max = 10) List<@Valid NewOption> options,
            @Nullable Integer maxLength,
            @Nullable Boolean required,
            @Nullable Boolean reverse) {}

    public record NewOption(
            @Size(max = 30) String key,
            @Size(max = TextLimits.LABEL) String labelZh,
            @Size(max = TextLimits.LABEL) String labelEn) {}
}
