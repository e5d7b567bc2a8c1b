package shinrai.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.AbstractMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page besides the signed-in user: where we are, to highlight the menu. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

    private final NoticeBell bell;

    ShellModel(org.springframework.beans.factory.ObjectProvider<NoticeBell> bells) {
        NoticeBell found = bells.getIfAvailable();
        this.bell = found == null ? () -> 0 : found;
    }

    /**
     * The bell in the header: the template asks {@code bell.unread()} only when it draws the header, so an htmx
     * fragment costs no query.
     */
    @ModelAttribute("bell")
    NoticeBell bell() {
        return bell;
    }

    /**
     * What the signed-in user may do, by permission name, for templates to show or hide actions:
     * {@code th:if="${may.APPOINTMENT_BOOK}"}. Worked out once per page; the security dialect's {@code sec:authorize}
     * evaluated an expression against a fresh security context for each use, 600 times on a day board of 200 cars.
     */
    @ModelAttribute("may")
    Map<String, Boolean> may(@Nullable Authentication signedIn) {
        Set<String> granted = new HashSet<>();
        if (signedIn != null) {
            signedIn.getAuthorities().forEach(authority -> granted.add(authority.getAuthority()));
        }
        return new Granted(granted);
    }

    /** Answers every permission name, {@code false} for those not granted, so templates can ask about any. */
    private static final class Granted extends AbstractMap<String, Boolean> {

        private final Set<String> granted;

        Granted(Set<String> granted) {
            this.granted = granted;
        }

        @Override
        public Boolean get(Object permission) {
            return granted.contains(permission);
        }

        @Override
        public boolean containsKey(Object permission) {
            return permission instanceof String;
        }

        @Override
        public Set<Entry<String, Boolean>> entrySet() {
            Set<Entry<String, Boolean>> entries = new HashSet<>();
            granted.forEach(permission -> entries.add(Map.entry(permission, true)));
            return entries;
        }
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
