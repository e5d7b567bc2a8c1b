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
}
