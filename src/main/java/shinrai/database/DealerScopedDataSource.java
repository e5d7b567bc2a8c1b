package shinrai.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import shinrai.shared.DealerScope;

/**
 * Hands out connections that carry the current {@link DealerScope}. Every borrow overwrites the three settings
 * the row-level security policies read, so a pooled connection never keeps an earlier user's scope; a borrow
 * happens once per transaction, so the scope is fixed for the whole transaction.
 */
final class DealerScopedDataSource extends DelegatingDataSource {

    private static final String APPLY_SCOPE = "SELECT set_config('shinrai.user_id', ?, false),"
            + " set_config('shinrai.username', ?, false), set_config('shinrai.dealer_id', ?, false),"
            + " set_config('shinrai.network_id', ?, false)";

    DealerScopedDataSource(DataSource runtimePool) {
        super(runtimePool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(obtainTargetDataSource().getConnection(username, password));
    }

    private static Connection scoped(Connection connection) throws SQLException {
        DealerScope scope = DealerScope.current();
        try (PreparedStatement statement = connection.prepareStatement(APPLY_SCOPE)) {
            statement.setString(1, text(scope.userId()));
            statement.setString(2, scope.username() == null ? "" : scope.username());
            statement.setString(3, text(scope.dealerId()));
            statement.setString(4, text(scope.networkId()));
            statement.execute();
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static String text(@Nullable Long id) {
        return id == null ? "" : id.toString();
    }
}
