package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Any phone: Chinese landlines with their area code, Chinese mobiles, numbers abroad with their country code. */
class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "021-58886666,        +862158886666,   021 5888 6666",
        "(021) 5888 6666,     +862158886666,   021 5888 6666",
        "+86 21 5888 6666,    +862158886666,   021 5888 6666",
        "010-65529988,        +861065529988,   010 6552 9988",
        "0755-88886666,       +8675588886666,  0755 8888 6666",
        "0571 8765 4321,      +8657187654321,  0571 8765 4321",
        "138 1234 5678,       +8613812345678,  138 1234 5678",
        "400-810-8888,        +864008108888,   400 810 8888",
        "+1 650 253 0000,     +16502530000,    +1 650-253-0000",
        "001 650 253 0000,    +16502530000,    +1 650-253-0000",
        "+852 2123 4567,      +85221234567,    +852 2123 4567",
        "+49 30 12345678,     +493012345678,   +49 30 12345678"
    })
    void acceptsLandlinesMobilesAndNumbersAbroad(String typed, String e164, String display) {
        PhoneNumber phone = PhoneNumber.of(typed);
        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.display()).isEqualTo(display);
        assertThat(new PhoneNumber(e164)).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "58886666", // a landline without its area code
                "021-5888666",
                "12345",
                "021-5888666a",
                "phone",
                "+1 650 253",
                "+999 1234567"
            })
    void refusesWhatIsNoPhoneNumber(String typed) {
        assertThatThrownBy(() -> PhoneNumber.of(typed))
                .isInstanceOf(InvalidPhoneNumber.class)
                .hasFieldOrPropertyWithValue("messageKey", "phone.error.invalid")
                .hasFieldOrPropertyWithValue("field", "phone")
                .isInstanceOfSatisfying(
                        InvalidPhoneNumber.class,
                        refusal -> assertThat(refusal.httpStatus()).isEqualTo(400))
                .isInstanceOfSatisfying(
                        InvalidPhoneNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesABlankNumber(String blank) {
        assertThatThrownBy(() -> PhoneNumber.of(blank)).hasFieldOrPropertyWithValue("messageKey", "phone.error.blank");
    }

    @Test
    void theConstructorAcceptsOnlyTheE164Form() {
        assertThatThrownBy(() -> new PhoneNumber("021-58886666")).isInstanceOf(InvalidPhoneNumber.class);
        assertThatThrownBy(() -> new PhoneNumber("+86215888666")).isInstanceOf(InvalidPhoneNumber.class);
        assertThat(new PhoneNumber("+862158886666")).hasToString("+862158886666");
    }

    @Test
    void aStoredMobileIsShownAsLibphonenumberWouldShowItWithoutParsingIt() {
        for (String prefix : new String[] {"130", "139", "145", "150", "166", "170", "177", "181", "191", "199"}) {
            String e164 = "+86" + prefix + "12345678";
            assertThat(NumberingPlan.display(e164))
                    .isEqualTo(NumberingPlan.display(NumberingPlan.read(e164).orElseThrow()));
        }
        assertThat(PhoneNumber.stored("+8613812345678").display()).isEqualTo("138 1234 5678");
        assertThat(PhoneNumber.stored("+862158886666").display()).isEqualTo("021 5888 6666");
        assertThat(PhoneNumber.stored("+16502530000").display()).isEqualTo("+1 650-253-0000");
    }
}
