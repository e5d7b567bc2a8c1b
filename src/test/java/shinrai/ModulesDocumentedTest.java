package shinrai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's module table names every module the code has, and none it does not have yet. */
class ModulesDocumentedTest {

    static final Path README = Path.of("README.md");
    static final String START = "<!-- modules:start -->";
    static final String END = "<!-- modules:end -->";
    static final Pattern ROW = Pattern.compile("^\\| `(shinrai\\.[a-z]+)` \\|", Pattern.MULTILINE);

    @Test
    void theReadmeListsExactlyTheModulesInTheCode() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            documented.add(row.group(1));
        }
        Set<String> inCode = ModularityTests.modules.stream()
                .map(module -> module.getBasePackage().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).as("modules in the README's table").isEqualTo(inCode);
    }
}
