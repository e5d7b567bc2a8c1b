package shinrai.dealer.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import shinrai.dealer.StaffPrincipal;
import shinrai.shared.StaticFiles;

/**
 * Ends a web session on its first request after its account lost or changed its access, and sends the browser to
 * the sign-in page saying so. An htmx request gets the address in {@code HX-Redirect}, which htmx follows with a
 * full page load instead of swapping the sign-in page into a fragment.
 */
final class RevokedSessionFilter extends OncePerRequestFilter {

    static final String ENDED = "/login?error=ended";

    private final SignedInSessions sessions;

    RevokedSessionFilter(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    /** Static files reveal nothing, and a page asks for a dozen of them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticFiles.isStaticFile(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null
                && signedIn.getPrincipal() instanceof StaffPrincipal staff
                && !sessions.stillHonoured(staff)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            String target = request.getContextPath() + ENDED;
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
