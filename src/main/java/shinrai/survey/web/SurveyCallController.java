package shinrai.survey.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.audit.AuditLog;
import shinrai.customer.Disclosure;
import shinrai.followup.CallSheet;
import shinrai.followup.CallSheets;
import shinrai.followup.FollowUpCallId;
import shinrai.shared.BusinessRuleViolation;
import shinrai.survey.Questionnaire;
import shinrai.survey.Surveys;

/**
 * The survey on a follow-up call ({@code /surveys/calls/{callId}}), opened from the call page: the agent asks the
 * dealer's active questionnaire question by question and saves it, which records the call as reached. The call page
 * links here by address, so the follow-up module does not depend on surveys.
 */
@Controller
@RequestMapping("/surveys/calls/{callId}")
@PreAuthorize("hasAuthority('FOLLOW_UP_CALL')")
class SurveyCallController {

    private final Surveys surveys;
    private final CallSheets sheets;
    private final AuditLog auditLog;
    private final MessageSource messages;

    SurveyCallController(Surveys surveys, CallSheets sheets, AuditLog auditLog, MessageSource messages) {
        this.surveys = surveys;
        this.sheets = sheets;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long callId, Model model, Locale locale) {
        Disclosure disclosure = Disclosure.toCurrentUser();
        CallSheet sheet = sheets.of(FollowUpCallId.asked(callId), disclosure, "");
        auditLog.recordRead(AuditLog.READ, "customer.customer", List.of(sheet.customerId()), disclosure.whole());
        Questionnaire questionnaire = surveys.active();
        model.addAttribute("sheet", sheet);
        model.addAttribute("call", sheet.call());
        model.addAttribute("questionnaire", ShownQuestionnaire.of(questionnaire, locale, messages));
        model.addAttribute("answered", surveys.answered(sheet.call().repairOrder()));
        if (!model.containsAttribute("given")) {
            model.addAttribute("given", Map.of());
        }
        if (!model.containsAttribute("problemQuestions")) {
            model.addAttribute("problemQuestions", java.util.Set.of());
        }
        return "survey/call";
    }

    @PostMapping
    String record(
            @PathVariable long callId,
            @RequestParam int version,
            @RequestParam(required = false, defaultValue = "") String note,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        FollowUpCallId call = FollowUpCallId.asked(callId);
        try {
            surveys.recordForCall(call, version, ShownQuestionnaire.answersFrom(surveys.active(), form), note);
        } catch (BusinessRuleViolation refused) {
            SurveyForms.refused(redirect, refused, form, locale, messages);
            return "redirect:/surveys/calls/" + callId;
        }
        redirect.addFlashAttribute("notice", "survey.call.saved");
        return "redirect:/follow-ups";
    }
}
