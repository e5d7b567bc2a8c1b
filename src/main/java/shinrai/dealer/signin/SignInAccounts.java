package shinrai.dealer.signin;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import shinrai.dealer.Role;
import shinrai.dealer.StaffPrincipal;

/**
 * Finds the account behind a username at sign-in, before any dealer scope exists, through the one database
 * function allowed to look past row-level security for it.
 */
@Component
public class SignInAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    SignInAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StaffPrincipal loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    public Optional<StaffPrincipal> find(String username) {
        return jdbc.sql("SELECT * FROM dealer.find_sign_in_account(:username)")
                .param("username", username.trim())
                .query((rs, row) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    return new StaffPrincipal(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getObject("dealer_id", Long.class),
                            rs.getString("dealer_name"),
                            rs.getLong("network_id"),
                            rs.getString("network_name"),
                            roles(rs.getArray("roles")),
                            rs.getBoolean("enabled"),
                            lockedUntil == null ? null : lockedUntil.toInstant(),
                            rs.getLong("access_version"),
                            rs.getString("password_hash"));
                })
                .optional();
    }

    private static EnumSet<Role> roles(Array array) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
