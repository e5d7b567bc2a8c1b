package shinrai.dealer;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who works at a dealer and signs in to Shinrai. Guards its own rules: at least one role, no network
 * roles at a dealer, and a password only ever stored as a hash.
 */
@Table(schema = "dealer", name = "user_account")
public class StaffMember {

    private @Id @Nullable Long id;
    private final Long dealerId;
    private final long networkId;
    private final String username;
    private String displayName;
    private String passwordHash;
    private String[] roles;
    private boolean enabled;
    private @Nullable Instant lockedUntil;
    private final boolean demo;
    private @ReadOnlyProperty @Nullable Instant lastSignInAt;
    private @Version @Nullable Integer version;

    StaffMember(
            @Nullable Long id,
            Long dealerId,
            long networkId,
            String username,
            String displayName,
            String passwordHash,
            String[] roles,
            boolean enabled,
            @Nullable Instant lockedUntil,
            boolean demo,
            @Nullable Instant lastSignInAt,
            @Nullable Integer version) {
        this.id = id;
        this.dealerId = dealerId;
        this.networkId = networkId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.clone();
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.demo = demo;
        this.lastSignInAt = lastSignInAt;
        this.version = version;
    }

    static StaffMember hire(
            long dealerId, long networkId, String username, String displayName, String passwordHash, Set<Role> roles) {
        return hire(dealerId, networkId, username, displayName, passwordHash, roles, false);
    }

    /** A demo account: may keep the published demo password, and keeps the demo banner up while it may sign in. */
    static StaffMember hireDemo(
            long dealerId, long networkId, String username, String displayName, String passwordHash, Set<Role> roles) {
        return hire(dealerId, networkId, username, displayName, passwordHash, roles, true);
    }

    private static StaffMember hire(
            long dealerId,
            long networkId,
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            boolean demo) {
        return new StaffMember(
                null,
                dealerId,
                networkId,
                username,
                displayName.trim(),
                passwordHash,
                names(checked(roles)),
                true,
                null,
                demo,
                null,
                null);
    }

    void rename(String displayName) {
        this.displayName = displayName.trim();
    }

    void assignRoles(Set<Role> roles) {
        this.roles = names(checked(roles));
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
    }

    void unlock() {
        this.lockedUntil = null;
    }

    private static Set<Role> checked(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidStaffChange("roles", "staff.error.noRole");
        }
        if (roles.stream().anyMatch(Role::isNetworkRole)) {
            throw new InvalidStaffChange("roles", "staff.error.networkRole");
        }
        return roles;
    }

    private static String[] names(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).toArray(String[]::new);
    }

    public @Nullable Long id() {
        return id;
    }

    public Long dealerId() {
        return dealerId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }

    public boolean demo() {
        return demo;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public @Nullable Instant lastSignInAt() {
        return lastSignInAt;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
