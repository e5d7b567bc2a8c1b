package shinrai.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import shinrai.vehicle.PlateNumber.Kind;

/** GA 36-2018 and the few plates outside it; see {@link PlateNumber} for the formats. */
class PlateNumberTest {

    @ParameterizedTest
    @CsvSource({
        "沪A12345,    ORDINARY",
        "粤B3X9K2,    ORDINARY",
        "京O12345,    ORDINARY",
        "川Z00001,    ORDINARY",
        "沪AD12345,   NEW_ENERGY",
        "京AF02368,   NEW_ENERGY",
        "粤BDA1234,   NEW_ENERGY",
        "苏EA12345,   NEW_ENERGY",
        "浙AB12345,   NEW_ENERGY",
        "浙AC12345,   NEW_ENERGY",
        "浙AE12345,   NEW_ENERGY",
        "鲁BG12345,   NEW_ENERGY",
        "鲁BH12345,   NEW_ENERGY",
        "鲁BJ12345,   NEW_ENERGY",
        "鲁BK12345,   NEW_ENERGY",
        "沪A12345D,   NEW_ENERGY",
        "沪A12345F,   NEW_ENERGY",
        "沪A1234学,   COACH",
        "沪A1234警,   POLICE",
        "沪A1234挂,   TRAILER",
        "沪A1234领,   CONSULATE",
        "沪A1234试,   TEST",
        "沪A1234超,   OVERSIZE",
        "粤Z1234港,   HONG_KONG_MACAU",
        "粤ZA123澳,   HONG_KONG_MACAU",
        "使224009,    EMBASSY",
        "京X2345应急, EMERGENCY",
        "琼S1234应急, EMERGENCY",
        "京12345应急, EMERGENCY",
        "民航A1234,   CIVIL_AVIATION",
        "民航12345,   CIVIL_AVIATION",
        "WJ12345,     ARMED_POLICE",
        "WJ1234J,     ARMED_POLICE",
        "WJ琼12345,   ARMED_POLICE"
    })
    void acceptsEachKindOfPlate(String plate, Kind kind) {
        PlateNumber number = PlateNumber.of(plate);
        assertThat(number.value()).isEqualTo(plate);
        assertThat(number.kind()).isEqualTo(kind);
        assertThat(new PlateNumber(plate)).isEqualTo(number);
    }

    @Test
    void acceptsEachOfTheThirtyOneProvinceAbbreviations() {
        String provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
        assertThat(provinces.chars().distinct()).hasSize(31);
        for (char province : provinces.toCharArray()) {
            assertThat(PlateNumber.of(province + "A12345").province()).contains(String.valueOf(province));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "沪a12345,      沪A12345",
        "' 沪A12345 ',  沪A12345",
        "沪A·12345,     沪A12345",
        "沪A•12345,     沪A12345",
        "沪A.12345,     沪A12345",
        "沪A 12345,     沪A12345",
        "沪A-12345,     沪A12345",
        "沪 A · 1 2 3 4 5, 沪A12345",
        "沪Ａ１２３４５, 沪A12345",
        "沪ad12345,     沪AD12345",
        "粤z·1234港,    粤Z1234港",
        "wj琼·12345,    WJ琼12345",
        "使224-009,     使224009"
    })
    void normalisesWhatStaffType(String typed, String canonical) {
        assertThat(PlateNumber.of(typed).value()).isEqualTo(canonical);
    }

    @Test
    void knowsTheProvinceAndThePlateWithoutIt() {
        PlateNumber plate = PlateNumber.of("沪A12345");
        assertThat(plate.province()).contains("沪");
        assertThat(plate.withoutProvince()).isEqualTo("A12345");
        assertThat(plate).hasToString("沪A12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"使224009", "民航A1234", "WJ琼12345"})
    void platesWithoutALeadingProvinceKeepTheirWholeNumberForSearch(String plate) {
        PlateNumber number = PlateNumber.of(plate);
        assertThat(number.province()).isEmpty();
        assertThat(number.withoutProvince()).isEqualTo(plate);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "沪A1234", // too short
                "沪A123456", // too long for an ordinary plate, not a new-energy one
                "沪A12345678", // too long
                "沪12345", // no issuing authority
                "沪AM12345", // M does not mark new energy
                "沪AD1234X", // the last four of a small new-energy plate are digits
                "沪A12345A", // a large new-energy plate ends in D or F
                "沪A1234D5", // ... at the end
                "沪A12345G", // the extended letters are for small cars only
                "沪A123学", // a coach plate has 4 serial characters
                "沪A12345学", // ... not 5
                "沪A1234港", // cross-border plates are 粤Z
                "粤B1234港", // ... only
                "使22400", // an embassy plate has 6 digits
                "使2240091",
                "使A24009",
                "京X234应急", // 4 digits after the team letter
                "京XA234应急",
                "民航A123",
                "WJ1234", // armed police: 4 digits and a digit or letter
                "WJ京1234",
                "AB12345", // a military plate: not accepted
                "12345",
                "沪"
            })
    void refusesMalformedPlates(String plate) {
        assertThatThrownBy(() -> PlateNumber.of(plate))
                .isInstanceOf(InvalidPlateNumber.class)
                .hasFieldOrPropertyWithValue("messageKey", "plate.error.format")
                .isInstanceOfSatisfying(
                        InvalidPlateNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(plate));
    }

    @Test
    void namesTheNormalisedInputInTheFormatError() {
        assertThatThrownBy(() -> PlateNumber.of("沪a·1234"))
                .isInstanceOfSatisfying(
                        InvalidPlateNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly("沪A1234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"沪A1234O", "沪AI2345", "沪AD1I345", "粤Z12O4港", "使22400O", "民航O1234", "沪O1234O"})
    void refusesTheLettersIAndOWhichLookLikeOneAndZero(String plate) {
        assertThatThrownBy(() -> PlateNumber.of(plate))
                .isInstanceOf(InvalidPlateNumber.class)
                .hasFieldOrPropertyWithValue("messageKey", "plate.error.letters")
                .hasFieldOrPropertyWithValue("field", "plate");
    }

    @ParameterizedTest
    @CsvSource({"台A12345, 台", "港A12345, 港", "车A12345, 车", "北京A12345, 北"})
    void refusesAnUnknownProvinceCharacter(String plate, String first) {
        assertThatThrownBy(() -> PlateNumber.of(plate))
                .hasFieldOrPropertyWithValue("messageKey", "plate.error.province")
                .isInstanceOfSatisfying(
                        InvalidPlateNumber.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", " · - "})
    void refusesABlankPlate(String blank) {
        assertThatThrownBy(() -> PlateNumber.of(blank)).hasFieldOrPropertyWithValue("messageKey", "plate.error.blank");
    }

    @Test
    void refusesNoPlateAtAll() {
        assertThatThrownBy(() -> PlateNumber.of(null)).hasFieldOrPropertyWithValue("messageKey", "plate.error.blank");
    }

    @Test
    void theConstructorAcceptsOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new PlateNumber("沪A·12345")).isInstanceOf(InvalidPlateNumber.class);
        assertThatThrownBy(() -> new PlateNumber("沪a12345")).isInstanceOf(InvalidPlateNumber.class);
    }

    @Test
    void reportsThePlateFieldAsABadRequest() {
        assertThatThrownBy(() -> PlateNumber.of("沪A1234"))
                .hasFieldOrPropertyWithValue("field", "plate")
                .isInstanceOfSatisfying(
                        InvalidPlateNumber.class,
                        refusal -> assertThat(refusal.httpStatus()).isEqualTo(400));
    }
}
