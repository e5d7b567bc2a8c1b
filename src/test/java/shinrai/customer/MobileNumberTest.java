package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mainland China mobile numbers, as the numbering plan (MIIT allocations, via libphonenumber) defines them. */
class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13012345678",
                "13512345678",
                "13812345678",
                "13912345678", // the original GSM ranges
                "14512345678",
                "14712345678", // data and broadband ranges
                "15012345678",
                "15812345678",
                "16612345678",
                "17012345678",
                "17312345678",
                "17712345678", // 170: virtual operators
                "18012345678",
                "18612345678",
                "18912345678",
                "19112345678",
                "19212345678",
                "19812345678",
                "19912345678" // 192: China Broadnet
            })
    void acceptsEveryMobileRange(String mobile) {
        assertThat(MobileNumber.of(mobile).e164()).isEqualTo("+86" + mobile);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                "138 1234 5678",
                "138-1234-5678",
                "138.1234.5678",
                "+86 138 1234 5678",
                "+86-138-1234-5678",
                "+8613812345678",
                "(+86) 138 1234 5678",
                "0086 13812345678",
                "86-13812345678",
                "8613812345678",
                "  13812345678  ",
                "１３８１２３４５６７８" // full width, from a Chinese input method
            })
    void acceptsTheWaysPeopleWriteAMobileNumber(String typed) {
        assertThat(MobileNumber.of(typed).e164()).isEqualTo("+8613812345678");
    }

    @Test
    void givesTheNationalMaskedAndLastFourForms() {
        MobileNumber mobile = MobileNumber.of("+86 138 1234 5678");
        assertThat(mobile.national()).isEqualTo("13812345678");
        assertThat(mobile.masked()).isEqualTo("138****5678");
        assertThat(mobile.lastFour()).isEqualTo("5678");
        assertThat(mobile).hasToString("+8613812345678");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1381234567", // 10 digits
                "138123456789", // 12 digits
                "12812345678", // no mobile range starts with 12
                "10012345678",
                "1381234567a", // letters would be read as a phone keypad word
                "138ABCD5678",
                "138 1234 567８9",
                "13812345678 转 123",
                "+86"
            })
    void refusesWhatIsNoPhoneNumber(String typed) {
        assertRefused(typed, "mobile.error.invalid");
    }

    @Test
    void namesTheTypedInputInTheRefusal() {
        assertThatThrownBy(() -> MobileNumber.of(" 1381234567 "))
                .isInstanceOfSatisfying(
                        InvalidMobileNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly("1381234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"021-58886666", "(021) 5888 6666", "010 6552 9988", "+86 755 8888 6666", "0571-87654321"})
    void refusesALandlineAsNotAMobile(String landline) {
        assertRefused(landline, "mobile.error.notMobile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 650 253 0000", "001 650 253 0000", "+852 5123 4567", "+81 90 1234 5678"})
    void refusesANumberFromAnotherCountryOrRegion(String foreign) {
        assertRefused(foreign, "mobile.error.notChinese");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesABlankNumber(String blank) {
        assertRefused(blank, "mobile.error.blank");
    }

    @Test
    void refusesNoNumberAtAll() {
        assertThatThrownBy(() -> MobileNumber.of(null)).hasFieldOrPropertyWithValue("messageKey", "mobile.error.blank");
    }

    @Test
    void theConstructorAcceptsOnlyAChineseMobileInE164Form() {
        assertThat(new MobileNumber("+8613812345678").national()).isEqualTo("13812345678");
        assertThatThrownBy(() -> new MobileNumber("13812345678")).isInstanceOf(InvalidMobileNumber.class);
        assertThatThrownBy(() -> new MobileNumber("+86 138 1234 5678")).isInstanceOf(InvalidMobileNumber.class);
        assertThatThrownBy(() -> new MobileNumber("+862158886666")).isInstanceOf(InvalidMobileNumber.class);
        assertThatThrownBy(() -> new MobileNumber("+8612812345678")).isInstanceOf(InvalidMobileNumber.class);
        assertThatThrownBy(() -> new MobileNumber("+16502530000")).isInstanceOf(InvalidMobileNumber.class);
    }

    @Test
    void reportsTheMobileFieldAsABadRequest() {
        assertThatThrownBy(() -> MobileNumber.of("021-58886666"))
                .hasFieldOrPropertyWithValue("field", "mobile")
                .isInstanceOfSatisfying(
                        InvalidMobileNumber.class,
                        refusal -> assertThat(refusal.httpStatus()).isEqualTo(400));
    }

    private static void assertRefused(String typed, String messageKey) {
        assertThatThrownBy(() -> MobileNumber.of(typed))
                .isInstanceOf(InvalidMobileNumber.class)
                .hasFieldOrPropertyWithValue("messageKey", messageKey)
                .hasFieldOrPropertyWithValue("field", "mobile");
    }
}
