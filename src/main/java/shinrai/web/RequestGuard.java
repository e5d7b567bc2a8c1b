package shinrai.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import shinrai.shared.StorableText;

/**
 * Refuses what no page or endpoint could use, before anything else runs: a body over {@link BodyLimit} (413), and a
 * query or form parameter holding text the database cannot store (a NUL, {@code ?q=%00}), named in the answer (400).
 * The refusal goes through the error page, so the API answers in problem details and the UI with its error page.
 */
@Configuration(proxyBeanMethods = false)
class RequestGuard {

    /** Request attribute: the parameter a refusal names. */
    static final String REFUSED_FIELD = RequestGuard.class.getName() + ".field";
    /** Request attribute: the message key saying why. */
    static final String REFUSED_REASON = RequestGuard.class.getName() + ".reason";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestGuardFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("requestGuard");
        return registration;
    }

    private static final class Guard extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!BodyLimit.applies(request)) {
                chain.doFilter(request, response);
                return;
            }
            if (BodyLimit.declaredTooLong(request)) {
                request.setAttribute(REFUSED_REASON, "error.bodyTooLarge");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            String unstorable = unstorableParameter(request);
            if (unstorable != null) {
                request.setAttribute(REFUSED_FIELD, unstorable);
                request.setAttribute(REFUSED_REASON, "validation.text.unstorable");
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            chain.doFilter(BodyLimit.enforce(request), response);
        }

        private static @Nullable String unstorableParameter(HttpServletRequest request) {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (!StorableText.isStorable(parameter.getKey())) {
                    return "";
                }
                for (String value : parameter.getValue()) {
                    if (!StorableText.isStorable(value)) {
                        return parameter.getKey();
                    }
                }
            }
            return null;
        }
    }
}
