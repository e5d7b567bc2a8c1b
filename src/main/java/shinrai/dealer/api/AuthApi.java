package shinrai.dealer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import shinrai.dealer.Role;
import shinrai.dealer.StaffPrincipal;
import shinrai.dealer.signin.AccessTokens;

/** Sign in for a bearer token, and ask who the token belongs to. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication")
class AuthApi {

    private final AuthenticationManager passwords;
    private final AccessTokens tokens;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    AuthApi(AuthenticationManager passwords, AccessTokens tokens) {
        this.passwords = passwords;
        this.tokens = tokens;
    }

    @PostMapping("/auth/token")
    @Operation(summary = "Exchange a username and password for a signed, expiring bearer token")
    TokenResponse token(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        var attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password());
        attempt.setDetails(details.buildDetails(request));
        StaffPrincipal staff = (StaffPrincipal) passwords.authenticate(attempt).getPrincipal();
        AccessTokens.IssuedToken issued = tokens.issue(staff);
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user, their dealer and roles", security = @SecurityRequirement(name = "bearer"))
    Me me(@AuthenticationPrincipal StaffPrincipal staff) {
        return new Me(
                staff.id(),
                staff.username(),
                staff.displayName(),
                staff.dealerId() == null ? null : new Me.DealerRef(staff.dealerId(), staff.dealerName()),
                new Me.NetworkRef(staff.networkId(), staff.networkName()),
                staff.roles().stream().sorted().toList(),
                staff.getAuthorities().stream()
                        .map(authority -> authority.getAuthority())
                        .filter(authority -> !authority.startsWith("ROLE_"))
                        .sorted()
                        .toList());
    }

    record Credentials(
            @NotBlank @Size(max = 100) String username,
            @NotBlank @Size(max = 200) String password) {}

    record TokenResponse(String token, String tokenType, Instant expiresAt) {}

    record Me(
            long id,
            String username,
            String displayName,
            @Nullable DealerRef dealer,
            NetworkRef network,
            List<Role> roles,
            List<String> permissions) {

        record DealerRef(long id, @Nullable String name) {}

        record NetworkRef(long id, String name) {}
    }
}
