package shinrai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The README's module table names every module the code has, and none it does not have yet; its picture of the
 * modules' dependencies is the one the code has (drawn from Spring Modulith's view of the code, as Mermaid, which
 * GitHub and most Markdown viewers draw).
 */
class ModulesDocumentedTest {

    static final Path README = Path.of("README.md");
    static final String START = "<!-- modules:start -->";
    static final String END = "<!-- modules:end -->";
    static final String PICTURE_START = "<!-- module-picture:start -->";
    static final String PICTURE_END = "<!-- module-picture:end -->";
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

    @Test
    void theReadmePictureShowsTheDependenciesTheCodeHas() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String drawn = readme.substring(
                        readme.indexOf(PICTURE_START) + PICTURE_START.length(), readme.indexOf(PICTURE_END))
                .strip();
        String fromCode = modulePicture();
        Files.writeString(Path.of("target/module-picture.md"), fromCode + "\n", StandardCharsets.UTF_8);
        assertThat(drawn)
                .as("the README's module picture; paste target/module-picture.md between its markers")
                .isEqualTo(fromCode);
    }

    /** Every module and the modules it uses directly, but {@code shared}, which every module may use. */
    static String modulePicture() {
        List<String> lines = new ArrayList<>(List.of("```mermaid", "flowchart LR"));
        ApplicationModules modules = ModularityTests.modules;
        modules.stream()
                .map(module -> module.getIdentifier().toString())
                .filter(name -> !name.equals("shared"))
                .sorted()
                .forEach(name -> {
                    List<String> used = modules.getModuleByName(name)
                            .orElseThrow()
                            .getDirectDependencies(modules)
                            .uniqueModules()
                            .map(dependency -> dependency.getIdentifier().toString())
                            .filter(dependency -> !dependency.equals("shared"))
                            .sorted()
                            .toList();
                    if (used.isEmpty()) {
                        lines.add("    " + name);
                    }
                    used.forEach(dependency -> lines.add("    " + name + " --> " + dependency));
                });
        lines.add("```");
        return String.join("\n", lines);
    }
}
