package shinrai.shared;

import java.util.List;

/**
 * Where the application's static files are served: {@code src/main/resources/static} and the webjars. They reveal
 * nothing, a page asks for a dozen of them, and only their links are worth resolving to a versioned address.
 */
public final class StaticFiles {

    private static final List<String> PREFIXES = List.of("/css/", "/js/", "/images/", "/webjars/", "/favicon.");

    private StaticFiles() {}

    /** Whether a path inside the application (without its context path) is a static file's. */
    public static boolean isStaticFile(String path) {
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
