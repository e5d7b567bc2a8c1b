package shinrai.dealer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a new password must be: at least 10 characters, not the username, not only digits, not a common password
 * (nor one with digits or symbols stuck before or after it, such as {@code Password2026!}), and not the published
 * demo password unless the account is a demo account. Length and a list of known passwords beat complexity rules
 * (NIST SP 800-63B); hashing with Argon2id does the rest.
 *
 * <p>The list is {@code common-passwords.txt} beside this class: Openwall's {@code password.lst} (public domain,
 * passwords most often seen in real use), plus patterns common among Chinese users.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {}

    /** For an ordinary account: the demo password is refused like any other known password. */
    static void check(String username, String password) {
        check(username, password, false);
    }

    static void check(String username, String password, boolean demoAccount) {
        if (password.length() < MINIMUM_LENGTH) {
            throw new InvalidStaffChange("password", "staff.error.passwordTooShort", MINIMUM_LENGTH);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidStaffChange("password", "staff.error.passwordContainsUsername");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            throw new InvalidStaffChange("password", "staff.error.passwordOnlyDigits");
        }
        if (password.equals(DemoNetwork.PASSWORD)) {
            if (!demoAccount) {
                throw new InvalidStaffChange("password", "staff.error.passwordIsTheDemoPassword");
            }
            return;
        }
        if (isCommon(password)) {
            throw new InvalidStaffChange("password", "staff.error.passwordTooCommon");
        }
    }

    /** The password itself, or what is left of it without the digits and symbols around a common word. */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return start < end && COMMON.contains(lower.substring(start, end));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(
                        PasswordPolicy.class.getResourceAsStream(resource), resource + " is missing");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#!comment"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
