package shinrai.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details whose {@code title} and {@code detail} are in the caller's language. Used by
 * the API's exception handler and by the security filters, which answer before any controller runs.
 */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public ProblemDetail problem(HttpStatus status, String detailKey, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://shinrai.io/problems/" + detailKey.replace('.', '-')));
        problem.setTitle(
                messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(detailKey, arguments, locale));
        return problem;
    }

    public String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A Bean Validation message, resolved the way Spring resolves form errors. */
    public String message(org.springframework.context.MessageSourceResolvable resolvable, Locale locale) {
        return messages.getMessage(resolvable, locale);
    }

    /** Writes a problem straight to the response, for filters that run outside Spring MVC. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
            throws IOException {
        ProblemDetail problem = problem(status, detailKey, locales.resolveLocale(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    /** One entry of a validation problem's {@code errors} array. */
    public record FieldError(String field, String message) {}

    static void addErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
    }
}
