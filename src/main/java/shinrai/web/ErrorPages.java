package shinrai.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that reaches the servlet container's error page, whoever raised it (a refused firewall check, a 403
 * from the security filters, the {@link RequestGuard}, an exception no handler took): under {@code /api} a problem
 * document, elsewhere the translated error page, inside the menu for a signed-in user.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ProblemResponses problems;
    private final JsonMapper json;

    ErrorPages(ProblemResponses problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @RequestMapping("/error")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        HttpStatus status = status(request);
        String reason = (String) request.getAttribute(RequestGuard.REFUSED_REASON);
        String field = (String) request.getAttribute(RequestGuard.REFUSED_FIELD);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String errorId = null;
        if (status.is5xxServerError()) {
            errorId = UUID.randomUUID().toString();
            log.error(
                    "Unexpected error {} at {}",
                    errorId,
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
        }
        if (isApi(request)) {
            writeProblem(request, response, status, reason, field, errorId, locale);
            return null;
        }
        return page(
                status, reason == null ? null : problems.message(reason, locale, BodyLimit.JSON_KB), field, errorId);
    }

    /** The error page for a status, as pages and their exception handler show it. */
    static ModelAndView page(
            HttpStatus status, @Nullable String reason, @Nullable String field, @Nullable String errorId) {
        ModelAndView page = new ModelAndView(signedIn() ? "error" : "error-public", status);
        page.addObject("status", status.value());
        page.addObject("reason", reason);
        page.addObject("field", field);
        page.addObject("errorId", errorId);
        return page;
    }

    private void writeProblem(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            @Nullable String reason,
            @Nullable String field,
            @Nullable String errorId,
            Locale locale)
            throws IOException {
        String detailKey = status.is5xxServerError()
                ? "error.unexpected"
                : reason != null && field == null ? reason : "error.status." + status.value();
        ProblemDetail problem =
                problems.problem(status, detailKey, locale, errorId == null ? BodyLimit.JSON_KB : errorId);
        instance(request).ifPresent(problem::setInstance);
        if (errorId != null) {
            problem.setProperty("errorId", errorId);
        }
        if (field != null && reason != null) {
            problem.setDetail(problems.message("error.validation", locale));
            ProblemResponses.addErrors(
                    problem, List.of(new ProblemResponses.FieldError(field, problems.message(reason, locale))));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The address that failed, when it is one a URI can hold (a refused address may not be). */
    private static java.util.Optional<java.net.URI> instance(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return uri == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(java.net.URI.create(uri.toString()));
        } catch (IllegalArgumentException notAUri) {
            return java.util.Optional.empty();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && (uri.toString().startsWith(request.getContextPath() + "/api/"));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean signedIn() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null
                && current.isAuthenticated()
                && !(current instanceof AnonymousAuthenticationToken)
                && current.getPrincipal() instanceof shinrai.shared.SignedInStaff;
    }
}
