package shinrai.dealer.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import shinrai.dealer.Permission;
import shinrai.web.ProblemResponses;

/**
 * Three doors. The REST API ({@code /api/**}) takes bearer tokens and answers in problem details; the actuator
 * takes tokens or HTTP Basic from operations staff, with health open to all (its details for operations only);
 * the web UI uses form sign-in, sessions checked against the account on every request, and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Argon2id for new hashes; the prefix in each stored hash lets us move to a stronger setting later. As many
     * hashed at once as there are cores (see {@link BoundedPasswordHashing}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2@SpringSecurity_v5_8";
        return new BoundedPasswordHashing(
                new DelegatingPasswordEncoder(
                        current,
                        Map.of(
                                current,
                                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                                "bcrypt",
                                new BCryptPasswordEncoder())),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * No trace or timer around each security filter, each authentication and each authorization: on the hot paths
     * wrapping every filter of the chain in an observation cost more than the request's own work. The request itself
     * stays observed ({@code http.server.requests}), and sign-ins are in the audit log.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /**
     * One password check for the form, the token endpoint and HTTP Basic, so lock-out counts them all. The password
     * is checked before the account's state, and a locked account is refused exactly like an unknown username or a
     * wrong password (same answer, same Argon2 work): otherwise anyone could learn which usernames exist, and a
     * locked account would tell a guesser which password was right. Only someone who knows the password learns that
     * the account is disabled. The audit log still records the real reason (the event carries the original).
     */
    @Bean
    AuthenticationManager authenticationManager(
            SignInAccounts accounts, PasswordEncoder passwords, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(account -> {});
        provider.setPostAuthenticationChecks(SecurityConfiguration::mayUseTheAccount);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return attempt -> {
            try {
                return manager.authenticate(attempt);
            } catch (LockedException locked) {
                throw new BadCredentialsException("Bad credentials");
            }
        };
    }

    private static void mayUseTheAccount(UserDetails account) {
        if (!account.isAccountNonLocked()) {
            throw new LockedException("account locked");
        }
        if (!account.isEnabled()) {
            throw new DisabledException("account disabled");
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are never sent by a browser on its own, so there is no cross-site request to forge.
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new BearerTokens())
                        .jwt(jwt -> jwt.authenticationManager(bearerTokens(tokens)))
                        .authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler(forbidden(problems)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(
            HttpSecurity http, AccessTokens tokens, AuthenticationManager passwords, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(Permission.OPERATIONS_MONITOR.name()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authenticationManager(passwords)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated(problems)))
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new BearerTokens())
                        .jwt(jwt -> jwt.authenticationManager(bearerTokens(tokens)))
                        .authenticationEntryPoint(unauthenticated(problems)))
                .exceptionHandling(errors -> errors.accessDeniedHandler(forbidden(problems)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(
            HttpSecurity http,
            AuthenticationManager passwords,
            SignedInSessions sessions,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/error",
                                "/book/**",
                                // customers' pages reached by a signed link (PublicLinks); CSRF still guards their
                                // forms
                                "/p/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(passwords)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(signInFailure())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .addFilterBefore(new RevokedSessionFilter(sessions), ExceptionTranslationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(errors -> errors.accessDeniedHandler(staleFormOrForbidden(sessionCookie)));
        return http.build();
    }

    /**
     * Pages load scripts, styles, fonts and images only from this server, and no inline or evaluated script runs:
     * an injected {@code <script>} or {@code onclick} does nothing. htmx is told not to evaluate either (its
     * configuration in the layout). Style attributes stay allowed because progress bars set their width that way;
     * {@code <style>} elements do not. Bootstrap's own icons for form controls are {@code data:} images.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * A form posted after its session ended (a sign-in page left open overnight) fails the CSRF check. That is not
     * a matter of permissions: send the person back to sign in, saying the page had expired.
     */
    private static AccessDeniedHandler staleFormOrForbidden(String sessionCookie) {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn =
                    current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
            if (denied instanceof CsrfException && !signedIn && isCustomerPage(request)) {
                // a customer's page left open past its session: back to the page, to answer again, not to sign-in
                response.sendRedirect(request.getRequestURI() + "?again=1");
            } else if (denied instanceof CsrfException && !signedIn) {
                String reason = sentSessionCookie(request, sessionCookie) ? "expired" : "cookies";
                response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
            } else {
                forbidden.handle(request, response, denied);
            }
        };
    }

    /** The pages customers open from a link ({@code /p/...}), who have no sign-in page to go to. */
    private static boolean isCustomerPage(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/p/");
    }

    /**
     * A browser that sent no session cookie at all did not keep the one the sign-in page gave it: cookies are
     * blocked, or the cookie was marked {@code Secure} and the page is plain HTTP. That deserves its own hint.
     */
    private static boolean sentSessionCookie(HttpServletRequest request, String sessionCookie) {
        Cookie[] cookies = request.getCookies();
        return request.getRequestedSessionId() != null
                || (cookies != null
                        && Arrays.stream(cookies)
                                .anyMatch(cookie -> cookie.getName().equals(sessionCookie)));
    }

    /** Bearer tokens are checked apart from passwords: a token is verified, never counted as a sign-in. */
    private static AuthenticationManager bearerTokens(AccessTokens tokens) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(tokens.decoder());
        provider.setJwtAuthenticationConverter(tokens::authenticate);
        return new ProviderManager(provider);
    }

    /** Back to the form with the reason in the URL; the page says it in the user's language. */
    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> {
            String reason = exception instanceof DisabledException ? "disabled" : "credentials";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    private static AuthenticationEntryPoint unauthenticated(ProblemResponses problems) {
        return (request, response, exception) -> {
            String key = exception instanceof DisabledException ? "error.accountDisabled" : "error.unauthenticated";
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, key);
        };
    }

    private static AccessDeniedHandler forbidden(ProblemResponses problems) {
        return (request, response, exception) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
    }
}
