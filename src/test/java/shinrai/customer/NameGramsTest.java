package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;

/** The name pieces the search index stores: the same pieces as ever, in time linear in the name's length. */
@ApplicationTest
class NameGramsTest {

    /** The first, quadratic definition, kept here as the specification of which pieces a name has. */
    private static final String ORIGINAL_PIECES = """
            SELECT coalesce(array_agg(DISTINCT 7 || ':' || gram), '{}')
            FROM (SELECT substr(lower(:name), i, 1) AS gram FROM generate_series(1, length(:name)) i
                  UNION ALL
                  SELECT substr(lower(:name), i, 2) FROM generate_series(1, length(:name) - 1) i) pieces
            WHERE gram !~ '\\s'""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNameHasTheSamePiecesAsBefore() {
        for (String name : List.of(
                "王小明", "欧阳 娜娜", "John Smith", "买买提·艾力", "A", "", "  空格  ", "Ölçer GmbH", "😀王😀", "上海信赖汽车服务有限公司")) {
            assertThat(pieces(name)).as(name).isEqualTo(original(name));
        }
    }

    @Test
    void aHundredThousandCharacterNameIsCutIntoPiecesInSecondsNotMinutes() {
        long start = System.nanoTime();
        pieces("王".repeat(50_000) + "x".repeat(50_000));
        // cut quadratically, as before, it took over six minutes
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    private String pieces(String name) {
        return jdbc.sql("SELECT customer.name_grams(7, :name)::text")
                .param("name", name)
                .query(String.class)
                .single();
    }

    private String original(String name) {
        return jdbc.sql("SELECT (" + ORIGINAL_PIECES + ")::text")
                .param("name", name)
                .query(String.class)
                .single();
    }
}
