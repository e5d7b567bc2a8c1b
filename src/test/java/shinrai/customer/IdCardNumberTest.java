package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643-1999. The check characters below were computed with ISO 7064 MOD 11-2, then verified. */
class IdCardNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11010519491231002X", // the example printed in GB 11643-1999
                "44030619950228008X",
                "440306199502280020",
                "440306199502280071",
                "510107200002290010", // 29 February of a leap year
                "110108197001010061",
                "810000199001010051", // residence permit of a Hong Kong resident
                "830000200508150001" // ... of a Taiwan resident
            })
    void acceptsValidNumbers(String number) {
        assertThat(IdCardNumber.of(number).value()).isEqualTo(number);
        assertThat(new IdCardNumber(number)).isEqualTo(IdCardNumber.of(number));
    }

    @Test
    void acceptsEachCheckCharacter() {
        assertThat(IdCardNumber.of("310115198807160080").value()).endsWith("0");
        assertThat(IdCardNumber.of("310115198807160021").value()).endsWith("1");
        assertThat(IdCardNumber.of("31011519880716003X").value()).endsWith("X");
    }

    @Test
    void computesTheCheckCharacterOfTheStandardsExample() {
        assertThat(IdCardNumber.checkCharacterFor("11010519491231002")).isEqualTo('X');
        assertThat(IdCardNumber.checkCharacterFor("44052418800101001")).isEqualTo('4');
    }

    @Test
    void acceptsALowerCaseXAndSpaces() {
        assertThat(IdCardNumber.of(" 310115 19880716 003x ").value()).isEqualTo("31011519880716003X");
        assertThat(IdCardNumber.of("３１０１１５１９８８０７１６００３ｘ").value()).isEqualTo("31011519880716003X");
    }

    @Test
    void readsTheBirthDate() {
        assertThat(IdCardNumber.of("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        IdCardNumber number = IdCardNumber.of("11010519491231002X");
        assertThat(number.masked()).isEqualTo("1101**********002X").hasSize(18);
        assertThat(number).as("never the whole number in a log").hasToString("1101**********002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "11010519491231002X1", "110105491231002"})
    void refusesAnythingButEighteenCharacters(String number) {
        assertRefused(number, "idCard.error.length");
        assertThatThrownBy(() -> IdCardNumber.of(number))
                .isInstanceOfSatisfying(
                        InvalidIdCardNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(number.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100XX", "X10105194912310021", "11010519491231002Y", "1101051949-231002X"})
    void refusesAnythingButSeventeenDigitsAndADigitOrX(String number) {
        assertRefused(number, "idCard.error.characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "16", "20", "24", "38", "47", "55", "60", "66", "70", "72", "80", "84", "91"})
    void refusesAnUnknownProvinceCode(String province) {
        String number = province + "0105194912310021";
        assertThatThrownBy(() -> IdCardNumber.of(number))
                .hasFieldOrPropertyWithValue("messageKey", "idCard.error.region")
                .isInstanceOfSatisfying(
                        InvalidIdCardNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(province));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19490230", "19491301", "19490001", "19490100", "20010229", "18991231", "00000000"})
    void refusesADateOfBirthThatDoesNotExistOrIsBefore1900(String birthDate) {
        String number = "110105" + birthDate + "002";
        assertThatThrownBy(() -> IdCardNumber.of(number + IdCardNumber.checkCharacterFor(number)))
                .hasFieldOrPropertyWithValue("messageKey", "idCard.error.birthDate")
                .isInstanceOfSatisfying(
                        InvalidIdCardNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(birthDate));
    }

    @Test
    void refusesTheStandardsOwnExampleBornIn1880() {
        assertRefused("440524188001010014", "idCard.error.birthDate");
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        String tomorrow =
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        String number = "110105" + tomorrow + "002";
        assertRefused(number + IdCardNumber.checkCharacterFor(number), "idCard.error.birthDate");
    }

    @Test
    void catchesAMistypedCheckCharacter() {
        assertThatThrownBy(() -> IdCardNumber.of("110105194912310021"))
                .hasFieldOrPropertyWithValue("messageKey", "idCard.error.checkDigit")
                .isInstanceOfSatisfying(
                        InvalidIdCardNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly("X", "1"));
    }

    @Test
    void catchesASingleMistypedDigit() {
        // 11010519491231002X with the sequence 002 typed as 007
        assertRefused("11010519491231007X", "idCard.error.checkDigit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesABlankNumber(String blank) {
        assertRefused(blank, "idCard.error.blank");
    }

    @Test
    void theConstructorAcceptsOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new IdCardNumber("31011519880716003x")).isInstanceOf(InvalidIdCardNumber.class);
    }

    private static void assertRefused(String number, String messageKey) {
        assertThatThrownBy(() -> IdCardNumber.of(number))
                .isInstanceOf(InvalidIdCardNumber.class)
                .hasFieldOrPropertyWithValue("messageKey", messageKey)
                .hasFieldOrPropertyWithValue("field", "idCardNumber")
                .isInstanceOfSatisfying(
                        InvalidIdCardNumber.class,
                        refusal -> assertThat(refusal.httpStatus()).isEqualTo(400));
    }
}
