package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import shinrai.dealer.Permission;
import shinrai.dealer.Role;

/**
 * Every visible string is a message key present in both languages; templates carry no literal text. After
 * spring-petclinic's I18nPropertiesSyncTest.
 */
class MessageBundlesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");

    /** {@code #{key}} and {@code #{key(args)}} in templates, and message keys built in Java. */
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");

    static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:nav|staff|dealer|account|audit|error|login|home|validation|network|problem|vin|plate|mobile|phone|idCard|consent|timeline|search|customer\\.error|vehicle\\.error|import\\.error|booking|message|reception\\.error|publicBooking|openItem|appointment|repairOrder|outbox|workshop)\\.[\\w.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties chinese = bundle("messages_zh_CN.properties");
        Properties english = bundle("messages_en.properties");
        assertThat(english.stringPropertyNames())
                .as("keys in English but not in Chinese, or the other way round")
                .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        assertThat(chinese)
                .allSatisfy((key, value) ->
                        assertThat((String) value).as("Chinese text of %s", key).isNotBlank());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> keys = bundle("messages_zh_CN.properties").stringPropertyNames();
        assertThat(templateKeys())
                .allSatisfy(key -> assertThat(keys).as("templates use %s", key).contains(key));
    }

    @Test
    void everyKeyTheJavaCodeNamesExists() throws IOException {
        Set<String> keys = bundle("messages_zh_CN.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = JAVA_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.removeIf(key -> key.endsWith(".")); // prefixes such as "problem.title." + status
        assertThat(used)
                .allSatisfy(key -> assertThat(keys).as("Java code uses %s", key).contains(key));
    }

    @Test
    void everyRoleAndPermissionHasALabel() throws IOException {
        Set<String> keys = bundle("messages_en.properties").stringPropertyNames();
        Arrays.stream(Role.values()).forEach(role -> assertThat(keys).contains(role.messageKey()));
        Arrays.stream(Permission.values())
                .forEach(permission -> assertThat(keys).contains(permission.messageKey()));
    }

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "");
            // Text between tags: translated content comes from th:text / th:utext, so none should be left.
            Matcher text = Pattern.compile(">([^<]+)<").matcher(html);
            while (text.find()) {
                String content = text.group(1).strip();
                if (!content.isEmpty() && content.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(TEMPLATES.relativize(template) + ": " + content);
                }
            }
            // Visible attributes must be translated too.
            Matcher attribute = Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*)\"")
                    .matcher(html);
            while (attribute.find()) {
                literals.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=" + attribute.group(2));
            }
        }
        assertThat(literals).as("literal text in templates").isEmpty();
    }

    private static Set<String> templateKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
