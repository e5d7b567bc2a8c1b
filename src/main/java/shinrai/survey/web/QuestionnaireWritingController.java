package shinrai.survey.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;
import shinrai.survey.NewQuestionnaire;
import shinrai.survey.QuestionKind;
import shinrai.survey.Questionnaire;
import shinrai.survey.Questionnaires;

/**
 * Writing a questionnaire on a page, without JSON: the service manager's own for the dealer
 * ({@code /surveys/questionnaires/new}) and the network analyst's for every dealer of the network
 * ({@code /surveys/network/questionnaires/new}). The form goes back and forth as the questions are added (a scale,
 * a choice, a free text), an option added or a question removed; <em>preview</em> checks it by the same rules as the
 * API and shows it as the agent and the customer will see it, and only a previewed questionnaire is saved. Every
 * problem names its place ("Question 2 · Text (English)") in the reader's language.
 */
@Controller
class QuestionnaireWritingController {

    private final Questionnaires questionnaires;
    private final MessageSource messages;

    QuestionnaireWritingController(Questionnaires questionnaires, MessageSource messages) {
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    @GetMapping("/surveys/questionnaires/new")
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    String newOwn(Model model, Locale locale) {
        return page(model, firstDraft(locale), false);
    }

    @PostMapping("/surveys/questionnaires/new")
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    String writeOwn(
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "") String action,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return write(
                form,
                action,
                model,
                redirect,
                locale,
                false,
                questionnaires::preview,
                questionnaires::create,
                "redirect:/surveys/settings");
    }

    @GetMapping("/surveys/network/questionnaires/new")
    @PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
    String newForNetwork(Model model, Locale locale) {
        return page(model, firstDraft(locale), true);
    }

    @PostMapping("/surveys/network/questionnaires/new")
    @PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
    String writeForNetwork(
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "") String action,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return write(
                form,
                action,
                model,
                redirect,
                locale,
                true,
                questionnaires::previewForNetwork,
                questionnaires::createForNetwork,
                "redirect:/surveys/network/questionnaires");
    }

    private String write(
            MultiValueMap<String, String> form,
            String action,
            Model model,
            RedirectAttributes redirect,
            Locale locale,
            boolean network,
            Function<NewQuestionnaire, Questionnaire> preview,
            Function<NewQuestionnaire, Questionnaire> save,
            String saved) {
        QuestionnaireDraft draft = QuestionnaireDraft.from(form);
        if (action.startsWith("add:")) {
            QuestionKind kind = kind(action.substring(4));
            if (kind != null && draft.questions().size() < 60) {
                draft = draft.adding(QuestionnaireDraft.blank(kind, locale, messages));
            }
            return page(model, draft, network);
        }
        if (action.startsWith("remove:")) {
            return page(model, draft.removing(index(action.substring(7))), network);
        }
        if (action.startsWith("addOption:")) {
            return page(model, draft.addingOption(index(action.substring(10))), network);
        }
        try {
            if (action.equals("save")) {
                Questionnaire created = save.apply(draft.toNew());
                redirect.addFlashAttribute("notice", "survey.write.saved");
                redirect.addFlashAttribute(
                        "noticeArguments", new Object[] {created.name().in(locale, messages), created.code()});
                return saved;
            }
            Questionnaire previewed = preview.apply(draft.toNew());
            model.addAttribute("preview", ShownQuestionnaire.of(previewed, locale, messages));
        } catch (BusinessRuleViolation refused) {
            refusal(model, refused, locale);
        }
        return page(model, draft, network);
    }

    private void refusal(Model model, BusinessRuleViolation refused, Locale locale) {
        List<BusinessRuleViolation> each =
                refused instanceof InvalidInput invalid ? invalid.violations() : List.of(refused);
        List<String> problems = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        for (BusinessRuleViolation violation : each) {
            String message = messages.getMessage(violation.messageKey(), violation.arguments(), locale);
            String where = QuestionnaireDraft.where(violation.field(), locale, messages);
            problems.add(
                    where.isEmpty()
                            ? message
                            : messages.getMessage("survey.write.problem", new Object[] {where, message}, locale));
            if (violation.field() != null) {
                fields.add(violation.field());
            }
        }
        model.addAttribute("problems", problems);
        model.addAttribute("problemFields", fields);
    }

    private String page(Model model, QuestionnaireDraft draft, boolean network) {
        model.addAttribute("draft", draft);
        model.addAttribute("network", network);
        model.addAttribute(
                "formAction", network ? "/surveys/network/questionnaires/new" : "/surveys/questionnaires/new");
        if (!model.containsAttribute("problemFields")) {
            model.addAttribute("problemFields", Set.of());
        }
        model.addAttribute("given", java.util.Map.of());
        model.addAttribute("problemQuestions", Set.of());
        return "survey/write";
    }

    private QuestionnaireDraft firstDraft(Locale locale) {
        return new QuestionnaireDraft("", "", "", List.of())
                .adding(QuestionnaireDraft.blank(QuestionKind.SCALE, locale, messages));
    }

    private static @org.jspecify.annotations.Nullable QuestionKind kind(String name) {
        try {
            return QuestionKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
