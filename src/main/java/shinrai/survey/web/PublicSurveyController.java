package shinrai.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.PublicLink;
import shinrai.dealer.PublicLinkRefused;
import shinrai.dealer.PublicLinks;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.survey.Surveys;

/**
 * The survey page a customer opens from the SMS link ({@code /p/survey/{token}}), on their phone, without signing in,
 * in their language (Chinese unless they switch). Each request runs in the scope of the dealer the verified link names
 * and reads only the visit it names. A link altered, made up or meant for another page gets the same "not found"; an
 * expired one says so (410). A survey answered is answered: the page then thanks instead of asking again.
 */
@Controller
@RequestMapping("/p/survey")
class PublicSurveyController {

    private final PublicLinks links;
    private final Surveys surveys;
    private final MessageSource messages;

    PublicSurveyController(PublicLinks links, Surveys surveys, MessageSource messages) {
        this.links = links;
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        privately(response);
        PublicLink link = links.verify(token, PublicLink.Purpose.SURVEY);
        Surveys.PageSurvey page = inScopeOf(link, () -> surveys.forPage(link));
        model.addAttribute("page", page);
        model.addAttribute("questionnaire", ShownQuestionnaire.of(page.questionnaire(), locale, messages));
        model.addAttribute("token", token);
        model.addAttribute("self", Surveys.PAGE_PATH + token);
        if (!model.containsAttribute("given")) {
            model.addAttribute("given", Map.of());
        }
        if (!model.containsAttribute("problemQuestions")) {
            model.addAttribute("problemQuestions", java.util.Set.of());
        }
        return "survey/public";
    }

    @PostMapping("/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        PublicLink link = links.verify(token, PublicLink.Purpose.SURVEY);
        try {
            inScopeOf(link, () -> surveys.answerOnPage(link, ShownQuestionnaire.answersFrom(surveys.active(), form)));
            redirect.addFlashAttribute("notice", "survey.page.thanks");
        } catch (NotFound gone) {
            throw gone;
        } catch (BusinessRuleViolation refused) {
            SurveyForms.refused(redirect, refused, form, locale, messages);
        }
        return "redirect:" + Surveys.PAGE_PATH + token;
    }

    @ExceptionHandler
    String linkRefused(PublicLinkRefused refused, Model model, HttpServletResponse response) {
        return gone(refused.reason(), model, response);
    }

    @ExceptionHandler
    String orderNotFound(NotFound missing, Model model, HttpServletResponse response) {
        return gone(PublicLinkRefused.Reason.INVALID, model, response);
    }

    private static String gone(PublicLinkRefused.Reason reason, Model model, HttpServletResponse response) {
        privately(response);
        response.setStatus(reason.httpStatus());
        model.addAttribute("reason", reason.name());
        return "survey/link-gone";
    }

    private static <T> T inScopeOf(PublicLink link, Supplier<T> work) {
        return DealerScope.systemFor(link.dealerId()).call(work);
    }

    /** The address carries the link's token: not kept by shared caches, not passed on as a referrer, not indexed. */
    private static void privately(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
