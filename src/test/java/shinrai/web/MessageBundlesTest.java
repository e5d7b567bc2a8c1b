package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import shinrai.dealer.Permission;
import shinrai.dealer.Role;

/**
 * Every visible string is a message key present in both languages; templates carry no literal text. Each module
 * keeps its texts in a bundle of its own: {@code messages/<module>.properties} in Chinese, the default, and {@code
 * messages/<module>_en.properties}, which the application reads. After spring-petclinic's I18nPropertiesSyncTest.
 */
class MessageBundlesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");
    static final Path BUNDLES = Path.of("src/main/resources/messages");

    /** The default language, whose texts are each bundle's base file. */
    static final String CHINESE = "zh_CN";

    /** {@code #{key}} and {@code #{key(args)}} in templates, and message keys built in Java. */
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");

    static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:nav|staff|dealer|account|audit|error|login|home|validation|network|problem|vin|plate|mobile|phone|idCard|consent|timeline|search|customer\\.error|vehicle\\.error|import\\.error|booking|message|reception\\.error|publicBooking|openItem|appointment|repairOrder|outbox|workshop|tabular|labour|parts|bill|workshopTerms|report|followUp|survey)\\.[\\w.]+)\"");

    @Test
    void eachModulesBundleHasTheSameKeysInBothLanguages() throws IOException {
        for (String module : modules()) {
            Properties chinese = bundle(module, CHINESE);
            Properties english = bundle(module, "en");
            assertThat(english.stringPropertyNames())
                    .as("keys of %s in English but not in Chinese, or the other way round", module)
                    .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
            assertThat(chinese)
                    .allSatisfy((key, value) -> assertThat((String) value)
                            .as("Chinese text of %s", key)
                            .isNotBlank());
        }
    }

    @Test
    void aKeyBelongsToOneModule() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (String module : modules()) {
            for (String key : bundle(module, CHINESE).stringPropertyNames()) {
                String earlier = owner.putIfAbsent(key, module);
                if (earlier != null) {
                    twice.add(key + " in " + earlier + " and " + module);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void theApplicationReadsEveryModulesBundle() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String basenames = yaml.getObject().getProperty("spring.messages.basename");
        assertThat(Arrays.stream(basenames.split(",")).map(String::strip))
                .containsExactlyInAnyOrderElementsOf(
                        modules().stream().map(module -> "messages/" + module).toList());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> keys = allKeys(CHINESE);
        assertThat(templateKeys())
                .allSatisfy(key -> assertThat(keys).as("templates use %s", key).contains(key));
    }

    @Test
    void everyKeyTheJavaCodeNamesExists() throws IOException {
        Set<String> keys = allKeys(CHINESE);
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
        Set<String> keys = allKeys("en");
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

    /** The modules with a message bundle: {@code messages/<module>.properties} (Chinese) and its English twin. */
    private static List<String> modules() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> allKeys(String language) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String module : modules()) {
            keys.addAll(bundle(module, language).stringPropertyNames());
        }
        return keys;
    }

    private static Properties bundle(String module, String language) throws IOException {
        Path file = BUNDLES.resolve(module + (language.equals(CHINESE) ? "" : "_" + language) + ".properties");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
