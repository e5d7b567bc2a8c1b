package shinrai.dealer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import shinrai.shared.DealerScope;
import shinrai.shared.SignedInStaff;

/**
 * A signed-in staff member. Its authorities are its roles ({@code ROLE_SERVICE_ADVISOR}) and every permission
 * those roles grant ({@code APPOINTMENT_BOOK}); its {@link DealerScope} is what the database lets it see. Its
 * access version is the account's when the session or token began: once the account's has moved on (new
 * password, other roles, disabled, locked), this principal is no longer honoured.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, SignedInStaff {

    private final long id;
    private final String username;
    private final String displayName;
    private final @Nullable Long dealerId;
    private final @Nullable String dealerName;
    private final long networkId;
    private final String networkName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final @Nullable Instant lockedUntil;
    private final long accessVersion;
    private @Nullable String passwordHash;

    public StaffPrincipal(
            long id,
            String username,
            String displayName,
            @Nullable Long dealerId,
            @Nullable String dealerName,
            long networkId,
            String networkName,
            Set<Role> roles,
            boolean enabled,
            @Nullable Instant lockedUntil,
            long accessVersion,
            @Nullable String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.dealerId = dealerId;
        this.dealerName = dealerName;
        this.networkId = networkId;
        this.networkName = networkName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.accessVersion = accessVersion;
        this.passwordHash = passwordHash;
    }

    /** The same staff member, honoured from this access version on (after changing their own password). */
    public StaffPrincipal withAccessVersion(long newVersion) {
        return new StaffPrincipal(
                id,
                username,
                displayName,
                dealerId,
                dealerName,
                networkId,
                networkName,
                roles,
                enabled,
                lockedUntil,
                newVersion,
                null);
    }

    public long id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public @Nullable Long dealerId() {
        return dealerId;
    }

    @Override
    public @Nullable String dealerName() {
        return dealerName;
    }

    public long networkId() {
        return networkId;
    }

    @Override
    public String networkName() {
        return networkName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public long accessVersion() {
        return accessVersion;
    }

    public boolean can(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    /**
     * Dealer staff act in their dealer; a network analyst reads the network's dealers. Anyone else without a dealer
     * (operations) reads no business rows at all: watching the server is not a reason to see customers.
     */
    @Override
    public DealerScope dealerScope() {
        boolean readsNetwork = dealerId != null || roles.contains(Role.NETWORK_ANALYST);
        return new DealerScope(id, username, dealerId, readsNetwork ? networkId : null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            permissions.addAll(role.permissions());
        }
        permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.name())));
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
