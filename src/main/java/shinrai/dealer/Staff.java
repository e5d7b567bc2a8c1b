package shinrai.dealer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.database.DatabaseNotifications;
import shinrai.database.RememberedRows;
import shinrai.dealer.signin.AccountCache;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/** A dealer's staff: hiring, roles, passwords, enabling and unlocking accounts. */
@Service
@Transactional
public class Staff {

    private final StaffMembers members;
    private final DealerDirectory dealers;
    private final PasswordEncoder passwords;
    private final AccountCache accounts;
    private final JdbcClient jdbc;

    /** A dealer's active holders of a role: read on every delivery, changed by an admin now and then. */
    private final RememberedRows<Holders, List<StaffId>> holders;

    private record Holders(long dealer, Role role) {}

    Staff(
            StaffMembers members,
            DealerDirectory dealers,
            PasswordEncoder passwords,
            JdbcClient jdbc,
            AccountCache accounts,
            DatabaseNotifications notifications) {
        this.accounts = accounts;
        this.holders = RememberedRows.forgottenOnAnyChange(
                notifications, AccountCache.CHANNEL, Duration.ofMinutes(5), 100_000);
        this.members = members;
        this.dealers = dealers;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> all() {
        return members.findAllInDisplayOrder();
    }

    /** The staff members who may sign in and hold any of these roles, in display order. */
    @Transactional(readOnly = true)
    public List<StaffMember> active(Role... roles) {
        Set<Role> wanted = Set.of(roles);
        return members.findAllInDisplayOrder().stream()
                .filter(StaffMember::enabled)
                .filter(member -> member.roles().stream().anyMatch(wanted::contains))
                .toList();
    }

    /**
     * The staff members who may sign in and hold the role, in id order: whom work is handed to in turn. Remembered
     * per dealer and forgotten whenever any account changes (the database announces each change).
     */
    @Transactional(readOnly = true)
    public List<StaffId> activeIds(Role role) {
        return holders.get(
                        new Holders(DealerScope.currentDealer(), role),
                        key -> Optional.of(jdbc.sql("""
                                SELECT id FROM dealer.user_account
                                WHERE dealer_id = :dealer AND enabled AND CAST(:role AS text) = ANY (roles)
                                ORDER BY id""")
                                .param("dealer", key.dealer())
                                .param("role", key.role().name())
                                .query((rs, n) -> new StaffId(rs.getLong(1)))
                                .list()))
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public StaffMember get(long id) {
        return members.findById(id).orElseThrow(() -> new NotFound("staff", id));
    }

    /** Display names of staff members by id, for showing who did something; unknown ids are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return members.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(StaffMember::id, StaffMember::displayName));
    }

    /** Adds a staff member to the current user's dealer. */
    public StaffMember hire(NewStaffMember candidate) {
        return enrol(candidate, false);
    }

    /** Seeds a demo account, the only kind that may have the published demo password. */
    StaffMember hireDemoAccount(NewStaffMember candidate) {
        return enrol(candidate, true);
    }

    private StaffMember enrol(NewStaffMember candidate, boolean demo) {
        String username = candidate.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw new InvalidStaffChange("username", "staff.error.usernameFormat");
        }
        PasswordPolicy.check(username, candidate.password(), demo);
        Dealer dealer = dealers.current();
        String hash = passwords.encode(candidate.password());
        holders.forgetAllAfterTransaction();
        StaffMember member = demo
                ? StaffMember.hireDemo(
                        dealer.id(), dealer.networkId(), username, candidate.displayName(), hash, candidate.roles())
                : StaffMember.hire(
                        dealer.id(), dealer.networkId(), username, candidate.displayName(), hash, candidate.roles());
        try {
            return members.save(member);
        } catch (DuplicateKeyException taken) {
            throw new InvalidStaffChange("username", "staff.error.usernameTaken", username);
        }
    }

    /**
     * Changes name, roles and whether the account may sign in; admins cannot lock themselves out this way. Other
     * roles or disabling end the account's sessions and tokens at once (the database moves its access version).
     */
    public StaffMember update(long id, String displayName, Set<Role> roles, boolean enabled) {
        StaffMember member = get(id);
        boolean self =
                member.id() != null && member.id().equals(DealerScope.current().userId());
        if (self && (!enabled || !roles.contains(Role.DEALER_ADMIN))) {
            throw new InvalidStaffChange("roles", "staff.error.cannotLockOutYourself");
        }
        holders.forgetAllAfterTransaction();
        member.rename(displayName);
        member.assignRoles(roles);
        if (enabled) {
            member.enable();
        } else {
            member.disable();
        }
        return members.save(member);
    }

    /** Sets a new password; every session and token of the account ends at once. */
    public void resetPassword(long id, String newPassword) {
        StaffMember member = get(id);
        PasswordPolicy.check(member.username(), newPassword, member.demo());
        member.changePasswordHash(passwords.encode(newPassword));
        members.save(member);
    }

    public void unlock(long id) {
        StaffMember member = get(id);
        member.unlock();
        members.save(member);
    }

    /**
     * The signed-in user changes their own password, proving the current one first. Works for network staff too,
     * whose account no dealer scope can see, through a database function limited to the caller's own row. Every
     * session and token of the account ends; the answer is the account's new access version, so that the session
     * the change was made in can carry on (see {@code SignedInSessions.keepCurrentSession}).
     */
    public long changeOwnPassword(String currentPassword, String newPassword) {
        DealerScope scope = DealerScope.current();
        if (scope.userId() == null || scope.username() == null) {
            throw new NotFound("staff", "-");
        }
        OwnAccount own = jdbc.sql("SELECT password_hash, demo FROM dealer.find_sign_in_account(:username)")
                .param("username", scope.username())
                .query(OwnAccount.class)
                .single();
        if (!passwords.matches(currentPassword, own.passwordHash())) {
            throw new InvalidStaffChange("currentPassword", "account.error.currentPasswordWrong");
        }
        PasswordPolicy.check(scope.username(), newPassword, own.demo());
        long accessVersion = jdbc.sql("SELECT dealer.change_own_password(:hash)")
                .param("hash", passwords.encode(newPassword))
                .query(Long.class)
                .single();
        accounts.forgetAfterCommit(scope.userId());
        return accessVersion;
    }

    private record OwnAccount(String passwordHash, boolean demo) {}

    /** What it takes to hire someone. */
    public record NewStaffMember(String username, String displayName, String password, Set<Role> roles) {}
}
