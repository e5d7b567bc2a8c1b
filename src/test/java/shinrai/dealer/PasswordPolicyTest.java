package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongEnoughPassphrase() {
        assertThatCode(() -> PasswordPolicy.check("advisor", "spring-rain-2026"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesFewerThanTenCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("advisor", "short-pw1"))
                .isInstanceOf(InvalidStaffChange.class)
                .hasFieldOrPropertyWithValue("field", "password")
                .hasFieldOrPropertyWithValue("messageKey", "staff.error.passwordTooShort");
    }

    @Test
    void refusesAPasswordContainingTheUsernameInAnyCase() {
        assertThatThrownBy(() -> PasswordPolicy.check("advisor", "my-ADVISOR-2026"))
                .hasFieldOrPropertyWithValue("messageKey", "staff.error.passwordContainsUsername");
    }

    @Test
    void refusesDigitsOnly() {
        assertThatThrownBy(() -> PasswordPolicy.check("advisor", "13800138000"))
                .hasFieldOrPropertyWithValue("messageKey", "staff.error.passwordOnlyDigits");
    }

    @Test
    void refusesThePublishedDemoPasswordForAnyAccountButADemoOne() {
        assertThatThrownBy(() -> PasswordPolicy.check("new.hire", "shinrai-demo"))
                .hasFieldOrPropertyWithValue("messageKey", "staff.error.passwordIsTheDemoPassword");
        assertThatCode(() -> PasswordPolicy.check("advisor", "shinrai-demo", true))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesCommonPasswordsInAnyCase() {
        for (String common : new String[] {"qwertyuiop", "Password123", "woaini1314", "1qaz2wsx3edc", "a123456789"}) {
            assertThatThrownBy(() -> PasswordPolicy.check("advisor", common))
                    .as(common)
                    .hasFieldOrPropertyWithValue("messageKey", "staff.error.passwordTooCommon");
        }
    }

    @Test
    void refusesACommonPasswordWithDigitsOrSymbolsAroundIt() {
        for (String dressedUp : new String[] {"Password2026!", "2026@Shinrai#", "!!iloveyou1234", "Dragon-20261"}) {
            assertThatThrownBy(() -> PasswordPolicy.check("advisor", dressedUp))
                    .as(dressedUp)
                    .hasFieldOrPropertyWithValue("messageKey", "staff.error.passwordTooCommon");
        }
    }

    @Test
    void acceptsPassphrasesThatMerelyContainCommonWords() {
        for (String passphrase : new String[] {"dragon-boat-festival", "password-for-the-desk-7", "spring-rain-2026"}) {
            assertThatCode(() -> PasswordPolicy.check("advisor", passphrase))
                    .as(passphrase)
                    .doesNotThrowAnyException();
        }
    }
}
