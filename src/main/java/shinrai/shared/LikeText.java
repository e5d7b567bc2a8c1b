package shinrai.shared;

/** Typed text made literal inside a SQL {@code LIKE} pattern: its {@code %}, {@code _} and backslashes match themselves. */
public final class LikeText {

    private LikeText() {}

    public static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
