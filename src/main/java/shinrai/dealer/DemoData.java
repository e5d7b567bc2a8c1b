package shinrai.dealer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether this installation still runs on demo data: while any demo account may sign in, with a password published
 * in the README, every page shows a banner saying so. The layout asks {@code @demoData.shown()}.
 */
@Component("demoData")
public class DemoData {

    private final JdbcClient jdbc;

    DemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One indexed look at the accounts table, through a function that sees past row-level security. */
    public boolean shown() {
        return jdbc.sql("SELECT dealer.demo_accounts_active()")
                .query(Boolean.class)
                .single();
    }
}
