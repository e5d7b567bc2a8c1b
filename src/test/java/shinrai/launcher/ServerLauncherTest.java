package shinrai.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLauncherTest {

    @Test
    void theJvmOptionsAreWhatComesBeforeTheJar() {
        assertThat(JvmCommandLine.ofArguments(List.of("-jar", "shinrai.jar", "--server.port=9000"))
                        .hasJvmOptions())
                .isFalse();
        assertThat(JvmCommandLine.ofArguments(List.of("-Xmx2g", "-jar", "shinrai.jar", "-Xmx1g"))
                        .jvmOptions())
                .containsExactly("-Xmx2g");
    }

    @Test
    void aStoreGetsABoundedHeapUnlessItAsksForMore() {
        assertThat(ServerJvmOptions.fromEnvironment(Map.of()).options())
                .contains("-Xmx192m", "-XX:+UseSerialGC")
                .doesNotContain("-Xmx2g");
        List<String> larger = ServerJvmOptions.fromEnvironment(Map.of("SHINRAI_JAVA_OPTIONS", " -Xmx2g  -Xss1m "))
                .options();
        assertThat(larger).endsWith("-Xmx2g", "-Xss1m");
        assertThat(larger.lastIndexOf("-Xmx2g")).isGreaterThan(larger.indexOf("-Xmx192m"));
    }

    @Test
    void testsAndTheServerJvmRunTheApplicationWhereTheyAre() {
        // the test classpath is folders, not the packaged jar
        assertThat(ServerLauncher.shouldStartServerJvm()).isFalse();
    }

    @Test
    void theFirstServerWritesTheClassArchiveThatLaterStartsUse(@TempDir Path folder) throws Exception {
        ClassDataArchive first = ClassDataArchive.in(folder);
        String writeOption = first.jvmOptions().get(0);
        assertThat(writeOption).startsWith("-XX:ArchiveClassesAtExit=");
        Files.writeString(Path.of(writeOption.substring(writeOption.indexOf('=') + 1)), "archive");

        first.keepWhatTheServerWrote(143); // stopped with SIGTERM

        assertThat(ClassDataArchive.in(folder).jvmOptions().get(0)).startsWith("-XX:SharedArchiveFile=");
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aServerKilledOutrightLeavesNoHalfArchiveBehind(@TempDir Path folder) throws Exception {
        ClassDataArchive killed = ClassDataArchive.in(folder);
        String writeOption = killed.jvmOptions().get(0);
        Files.writeString(Path.of(writeOption.substring(writeOption.indexOf('=') + 1)), "half an archive");

        killed.keepWhatTheServerWrote(137); // SIGKILL

        assertThat(ClassDataArchive.in(folder).jvmOptions().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anArchiveWrittenForALauncherThatIsGoneIsTidiedAway(@TempDir Path folder) throws Exception {
        String jvm = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9._-]", "_");
        Path leftBehind = folder.resolve("shinrai-" + jvm + "-" + Long.MAX_VALUE + ".jsa");
        Files.writeString(leftBehind, "archive of a killed launcher");

        ClassDataArchive.in(folder);

        assertThat(leftBehind).doesNotExist();
    }
}
