package shinrai.database;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint whose statement runs longer than a request's statement may. */
@RestController
class SlowQueryApi {

    private final JdbcClient jdbc;

    SlowQueryApi(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @GetMapping("/api/v1/test-only/slow-query")
    String slowQuery() {
        return jdbc.sql("SELECT CAST(pg_sleep(30) AS text)").query(String.class).single();
    }
}
