package shinrai.workshop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
import shinrai.workshop.CustomerLinks;
import shinrai.workshop.CustomerProgress;
import shinrai.workshop.RepairOrderChangedMeanwhile;
import shinrai.workshop.Workshop;

/**
 * The pages a customer opens from a link on their phone, without signing in: the progress of their car
 * ({@code /p/progress/{token}}) and the approval of work found during the repair ({@code /p/approval/{token}}). Nobody
 * is signed in, so each request runs in the scope of the dealer the verified link names, and reads only the order it
 * names. A link altered, made up, meant for the other page, or naming an order that does not exist gets the same
 * friendly "not found" page; an expired one says so (410). Neither tells whether an order exists.
 */
@Controller
@RequestMapping("/p")
class CustomerPagesController {

    private final PublicLinks links;
    private final CustomerLinks pages;
    private final Workshop workshop;

    CustomerPagesController(PublicLinks links, CustomerLinks pages, Workshop workshop) {
        this.links = links;
        this.pages = pages;
        this.workshop = workshop;
    }

    @GetMapping("/progress/{token}")
    String progress(@PathVariable String token, Model model, HttpServletResponse response) {
        privately(response);
        model.addAttribute("progress", progressOf(token));
        model.addAttribute("token", token);
        model.addAttribute("self", CustomerLinks.PROGRESS_PATH + token);
        return "workshop/public-progress";
    }

    /** The stages alone, polled by the page (htmx) so a phone or the waiting-room screen stays current. */
    @GetMapping("/progress/{token}/stages")
    String stages(@PathVariable String token, Model model, HttpServletResponse response) {
        privately(response);
        model.addAttribute("progress", progressOf(token));
        model.addAttribute("token", token);
        return "workshop/public-progress :: stages";
    }

    /** {@code ?again=1}: the form was sent after its session had ended, and the customer is asked to send it again. */
    @GetMapping("/approval/{token}")
    String approval(@PathVariable String token, HttpServletRequest request, Model model, HttpServletResponse response) {
        privately(response);
        if (request.getParameter("again") != null) {
            model.addAttribute("problem", "workshop.approvalPage.sendAgain");
        }
        PublicLink link = links.verify(token, PublicLink.Purpose.SUPPLEMENT_APPROVAL);
        model.addAttribute("offer", inScopeOf(link, () -> pages.supplementOffer(link)));
        model.addAttribute("token", token);
        model.addAttribute("self", CustomerLinks.APPROVAL_PATH + token);
        return "workshop/public-approval";
    }

    /**
     * The customer's answer: each line approved or declined ({@code line-4=APPROVE}), or all at once
     * ({@code all=APPROVE}). Kept as evidence with the address and browser it came from; a link answered before is
     * told so.
     */
    @PostMapping("/approval/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String all,
            @RequestParam Map<String, String> answers,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        PublicLink link = links.verify(token, PublicLink.Purpose.SUPPLEMENT_APPROVAL);
        Optional<List<Integer>> declined = declined(link, all, answers);
        if (declined.isEmpty()) {
            redirect.addFlashAttribute("problem", "workshop.approvalPage.answerEachLine");
            return "redirect:" + CustomerLinks.APPROVAL_PATH + token;
        }
        try {
            inScopeOf(
                    link,
                    () -> workshop.answerSupplementLink(
                            link,
                            version,
                            declined.get(),
                            request.getRemoteAddr(),
                            Optional.ofNullable(request.getHeader("User-Agent")).orElse("")));
            redirect.addFlashAttribute("notice", "workshop.approvalPage.thanks");
        } catch (NotFound gone) {
            throw gone;
        } catch (RepairOrderChangedMeanwhile changed) {
            // staff changed the order while the customer read it (a job clocked off): not their concern, only
            // that they look again at what they answer
            redirect.addFlashAttribute("problem", "workshop.approvalPage.changedMeanwhile");
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:" + CustomerLinks.APPROVAL_PATH + token;
    }

    /** A link that cannot be followed: the same friendly page for every kind, but expiry says so. */
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
        return "workshop/public-link-gone";
    }

    private CustomerProgress progressOf(String token) {
        PublicLink link = links.verify(token, PublicLink.Purpose.REPAIR_PROGRESS);
        // a genuine link to a car delivered more than a week ago has had its time
        return inScopeOf(link, () -> pages.progress(link))
                .orElseThrow(() -> new PublicLinkRefused(PublicLinkRefused.Reason.EXPIRED));
    }

    /** Answers per line, or all at once; empty when a line offered was left unanswered. */
    private static Optional<List<Integer>> declined(
            PublicLink link, @Nullable String all, Map<String, String> answers) {
        List<Integer> declined = new ArrayList<>();
        for (int line : link.items()) {
            String answer = all != null ? all : answers.get("line-" + line);
            if ("DECLINE".equals(answer)) {
                declined.add(line);
            } else if (!"APPROVE".equals(answer)) {
                return Optional.empty();
            }
        }
        return Optional.of(declined);
    }

    /** Nobody is signed in: the link's own dealer is the scope, for the whole transaction of the work. */
    private static <T> T inScopeOf(PublicLink link, Supplier<T> work) {
        return DealerScope.systemFor(link.dealerId()).call(work);
    }

    /**
     * The address carries the link's token: not kept by shared caches, not passed on as a referrer, not indexed.
     */
    private static void privately(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
