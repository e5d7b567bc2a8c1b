package shinrai.dealer;

import java.util.Locale;

/**
 * What a password must be: at least 10 characters, not the username, not only digits. Length beats complexity
 * rules (NIST SP 800-63B); hashing with Argon2id does the rest.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;

    private PasswordPolicy() {}

    static void check(String username, String password) {
        if (password.length() < MINIMUM_LENGTH) {
            throw new InvalidStaffChange("password", "staff.error.passwordTooShort", MINIMUM_LENGTH);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidStaffChange("password", "staff.error.passwordContainsUsername");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            throw new InvalidStaffChange("password", "staff.error.passwordOnlyDigits");
        }
    }
}
