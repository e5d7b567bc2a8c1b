package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's role → permission table is generated from {@link Role}, so the documentation cannot drift from
 * the code. After changing the matrix run: {@code ./mvnw test -Dtest=RoleMatrixDocumentedTest -Dreadme.update}
 */
class RoleMatrixDocumentedTest {

    static final Path README = Path.of("README.md");
    static final String START = "<!-- role-matrix:start -->";
    static final String END = "<!-- role-matrix:end -->";

    @Test
    void theReadmeShowsTheRoleMatrixAsTheCodeDefinesIt() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START) + START.length();
        int end = readme.indexOf(END);
        String documented = readme.substring(start, end);
        String generated = "\n" + matrix();
        if (System.getProperty("readme.update") != null) {
            Files.writeString(
                    README, readme.substring(0, start) + generated + readme.substring(end), StandardCharsets.UTF_8);
            documented = generated;
        }
        assertThat(documented)
                .as("README role matrix; regenerate with -Dreadme.update")
                .isEqualTo(generated);
    }

    static String matrix() {
        StringBuilder table = new StringBuilder("| permission | ");
        table.append(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(" | ")))
                .append(" |\n|---|");
        table.append("---|".repeat(Role.values().length)).append('\n');
        for (Permission permission : Permission.values()) {
            table.append("| `").append(permission.name()).append("` |");
            for (Role role : Role.values()) {
                table.append(role.permissions().contains(permission) ? " ✓ |" : "   |");
            }
            table.append('\n');
        }
        return table.toString();
    }
}
