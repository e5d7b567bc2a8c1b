package shinrai.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chinese unless the user chose English (remembered in a cookie for a year). API clients choose with
 * {@code Accept-Language}; browsers do not, because staff expect the shop's language whatever their browser says.
 */
final class ShinraiLocaleResolver extends CookieLocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    ShinraiLocaleResolver() {
        super("shinrai-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setDefaultLocaleFunction(ShinraiLocaleResolver::defaultFor);
    }

    private static Locale defaultFor(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Accept-Language") != null) {
            Locale requested = request.getLocale();
            return SUPPORTED.stream()
                    .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                    .findFirst()
                    .orElse(Locale.SIMPLIFIED_CHINESE);
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void setLocale(
            HttpServletRequest request,
            jakarta.servlet.http.@org.jspecify.annotations.Nullable HttpServletResponse response,
            @org.jspecify.annotations.Nullable Locale locale) {
        Locale supported = locale == null
                ? null
                : SUPPORTED.stream()
                        .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                        .findFirst()
                        .orElse(Locale.SIMPLIFIED_CHINESE);
        super.setLocale(request, response, supported);
    }
}
