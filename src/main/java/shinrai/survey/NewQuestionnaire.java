package shinrai.survey;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dealer's own questionnaire as its manager writes it, in Chinese and English.
 *
 * @param code what responses will name it by: capital letters, digits and {@code _}, 2 to 30, starting with a letter;
 *     not {@code CSI} or {@code SERVQUAL}
 */
public record NewQuestionnaire(String code, String nameZh, String nameEn, List<NewQuestion> questions) {

    public NewQuestionnaire {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * One question of it.
     *
     * @param scaleMax a scale question's top point, 2 to 10
     * @param options a choice question's options, 2 to 10
     * @param maxLength a text question's longest answer, 1 to 2000
     */
    public record NewQuestion(
            String key,
            QuestionKind kind,
            String textZh,
            String textEn,
            @Nullable String factor,
            @Nullable Integer scaleMax,
            @Nullable String lowZh,
            @Nullable String lowEn,
            @Nullable String highZh,
            @Nullable String highEn,
            @Nullable List<NewOption> options,
            @Nullable Integer maxLength,
            boolean required,
            boolean reverse) {}

    public record NewOption(String key, String labelZh, String labelEn) {}
}
