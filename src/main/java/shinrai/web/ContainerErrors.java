package shinrai.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat answers some requests itself, before any servlet runs: an address it will not decode (an encoded
 * backslash), a request line or header over its limit. Its own report is an English HTML page with its version;
 * ours is a problem document under {@code /api} and a short translated page elsewhere.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ProblemResponses problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ContainerErrors(ProblemResponses problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            if (host instanceof StandardHost standard) {
                // Boot's own report valve (added before ours) would answer first; the host adds one of its
                // configured class only if its pipeline has none yet.
                for (Valve valve : standard.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
                        standard.getPipeline().removeValve(valve);
                    }
                }
                standard.setErrorReportValveClass(Report.class.getName());
                standard.getPipeline().addValve(new Report(this));
            }
        });
    }

    void write(Request request, Response response) throws IOException {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        String uri = request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI();
        if (uri != null && uri.startsWith("/api/")) {
            problems.write(request, response, status, "error.status." + status.value());
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(
                "error.page." + status.value(),
                null,
                messages.getMessage(status.is5xxServerError() ? "error.page.other" : "error.page.4xx", null, locale),
                locale);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer page = response.getWriter()) {
            page.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + HtmlUtils.htmlEscape(messages.getMessage("error.page.title", null, locale))
                    + "</title><link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\"></head>"
                    + "<body class=\"d-flex align-items-center min-vh-100\"><main class=\"container text-center\">"
                    + "<h1 class=\"display-5\">" + status.value() + "</h1><p class=\"lead\" id=\"error-message\">"
                    + HtmlUtils.htmlEscape(message) + "</p><a class=\"btn btn-danger\" href=\"/\">"
                    + HtmlUtils.htmlEscape(messages.getMessage("nav.home", null, locale))
                    + "</a></main></body></html>");
        }
    }

    /** Tomcat's report valve, writing our answer instead of its own. */
    public static final class Report extends ErrorReportValve {

        private final ContainerErrors errors;

        Report(ContainerErrors errors) {
            this.errors = errors;
        }

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            int status = response.getStatus();
            // Only errors with nothing written yet: the application's own error page has already answered the rest.
            if (status < HttpServletResponse.SC_BAD_REQUEST || response.getContentWritten() > 0) {
                return;
            }
            try {
                response.resetBuffer();
                errors.write(request, response);
            } catch (IOException | IllegalStateException cannotWrite) {
                // the connection is gone or the response committed: nothing more to say
            }
        }
    }
}
