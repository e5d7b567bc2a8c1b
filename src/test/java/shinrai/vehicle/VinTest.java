package shinrai.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO 3779 / GB 16735-2019. Every Chinese example below had its check digit computed by hand, then verified. */
class VinTest {

    /** The 33 characters a VIN may contain: digits and the letters other than I, O and Q. */
    static final String ALLOWED = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1M8GDM9AXKP042788", // the worked example of the US rule ISO 3779 follows, check digit X
                "1HGCM82633A004352", // Honda Accord
                "JHMCM56557C404453", // Honda made in Japan
                "11111111111111111", // all ones: 1 x (sum of the weights) = 89 = 8 x 11 + 1
                "LFV3A23C8P3012345", // FAW-Volkswagen
                "LSVAU2182N2012345", // SAIC Volkswagen
                "LGBH52E03MY012345", // Dongfeng Nissan
                "LSGGF53X6DH012345", // SAIC General Motors
                "LVHRW1862N6012345" // Dongfeng Honda
            })
    void acceptsRealWorldAndChineseVins(String vin) {
        assertThat(Vin.of(vin).value()).isEqualTo(vin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9AXKP042788", "LFV3A23CXP3000004", "LGBH52E0XMY000001"})
    void acceptsACheckDigitOfX(String vin) {
        assertThat(Vin.of(vin).value().charAt(8)).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"LSVAU2180N2000002", "LHGRW5860P8000013"})
    void acceptsACheckDigitOfZero(String vin) {
        assertThat(Vin.of(vin).value().charAt(8)).isEqualTo('0');
    }

    @Test
    void computesTheCheckDigitOfTheIsoExample() {
        assertThat(Vin.checkDigitFor("1M8GDM9A_KP042788".replace('_', '0'))).isEqualTo('X');
        assertThat(Vin.checkDigitFor("LSVAU2180N2000002")).isEqualTo('0');
    }

    @Test
    void ignoresWhateverStandsInPositionNineWhenComputingTheCheckDigit() {
        assertThat(Vin.checkDigitFor("LSVAU2187N2000002")).isEqualTo(Vin.checkDigitFor("LSVAU2180N2000002"));
    }

    @Test
    void acceptsLowerCaseSurroundingAndInnerSpaces() {
        assertThat(Vin.of("  lsvau2182n2 012345 \t").value()).isEqualTo("LSVAU2182N2012345");
    }

    @Test
    void acceptsFullWidthCharactersFromAChineseInputMethod() {
        assertThat(Vin.of("ＬＳＶＡＵ２１８２Ｎ２０１２３４５").value()).isEqualTo("LSVAU2182N2012345");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Q'})
    void refusesEachForbiddenLetter(char letter) {
        String vin = "LSVAU2182N2012345".substring(0, 12) + letter + "2345";
        assertRefused(vin, "vin.error.characters")
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(String.valueOf(letter)));
    }

    @Test
    void namesEachForbiddenCharacterOnceInTheOrderTyped() {
        assertRefused("LSVAU2182N2O1IOQ5", "vin.error.characters")
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("O I Q"));
    }

    @Test
    void refusesPunctuationAndChineseCharacters() {
        assertRefused("LSVAU2182N2-1234车", "vin.error.characters")
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("- 车"));
    }

    @Test
    void refusesSixteenCharacters() {
        assertRefused("LSVAU2182N201234", "vin.error.length")
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(16));
    }

    @Test
    void refusesEighteenCharacters() {
        assertRefused("LSVAU2182N20123456", "vin.error.length")
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(18));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesABlankVin(String blank) {
        assertRefused(blank, "vin.error.blank");
    }

    @Test
    void refusesNoVinAtAll() {
        assertThatThrownBy(() -> Vin.of(null)).hasFieldOrPropertyWithValue("messageKey", "vin.error.blank");
    }

    @Test
    void catchesASingleMistypedCharacterWithTheCheckDigit() {
        // LSVAU2182N2012345 with the 12th character 1 read as 7
        assertRefused("LSVAU2182N2712345", "vin.error.checkDigit")
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("7", "2"));
    }

    @Test
    void catchesAMistypedCheckDigit() {
        assertRefused("LSVAU2185N2012345", "vin.error.checkDigit")
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("2", "5"));
    }

    @Test
    void refusesALetterOtherThanXAsCheckDigit() {
        assertRefused("LSVAU218AN2012345", "vin.error.checkDigit")
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("2", "A"));
    }

    @Test
    void catchesTwoSwappedNeighbours() {
        // 12 -> 21 in the serial: the weights differ, so the sum changes
        assertRefused("LSVAU2182N2021345", "vin.error.checkDigit");
    }

    @Test
    void theConstructorValidatesToo() {
        assertThatThrownBy(() -> new Vin("bad")).isInstanceOf(InvalidVin.class);
        assertThatThrownBy(() -> new Vin("LSVAU2182N2012346")).isInstanceOf(InvalidVin.class);
    }

    @Test
    void theConstructorAcceptsOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new Vin("lsvau2182n2012345"))
                .hasFieldOrPropertyWithValue("messageKey", "vin.error.characters");
        assertThat(new Vin("LSVAU2182N2012345")).isEqualTo(Vin.of("lsvau2182n2012345"));
    }

    @Test
    void givesTheLastSixAndLastEightCharactersForQuickSearches() {
        Vin vin = Vin.of("LSVAU2182N2012345");
        assertThat(vin.lastSix()).isEqualTo("012345");
        assertThat(vin.lastEight()).isEqualTo("N2012345");
        assertThat(vin).hasToString("LSVAU2182N2012345");
    }

    @Test
    void reportsTheVinFieldAsABadRequest() {
        assertThatThrownBy(() -> Vin.of("LSVAU2185N2012345"))
                .isInstanceOf(InvalidVin.class)
                .hasFieldOrPropertyWithValue("field", "vin")
                .isInstanceOfSatisfying(
                        InvalidVin.class,
                        refusal -> assertThat(refusal.httpStatus()).isEqualTo(400));
    }

    @Test
    void acceptsAnyVinWithTheComputedCheckDigitAndCatchesEverySingleCharacterChange() {
        Random random = new Random(3779);
        for (int run = 0; run < 1000; run++) {
            char[] characters = new char[Vin.LENGTH];
            for (int i = 0; i < Vin.LENGTH; i++) {
                characters[i] = ALLOWED.charAt(random.nextInt(ALLOWED.length()));
            }
            characters[8] = Vin.checkDigitFor(new String(characters));
            String valid = new String(characters);
            assertThat(Vin.of(valid).value()).isEqualTo(valid);

            // Weights 2..10 and transliteration differences -8..8 never multiply to a multiple of 11 (a prime),
            // so every change of one character to another with a different value changes the check digit.
            int position = random.nextInt(Vin.LENGTH - 1);
            int changed = position >= 8 ? position + 1 : position;
            char original = characters[changed];
            char replacement;
            do {
                replacement = ALLOWED.charAt(random.nextInt(ALLOWED.length()));
            } while (Vin.transliterate(replacement) == Vin.transliterate(original));
            characters[changed] = replacement;
            String mistyped = new String(characters);
            assertThatThrownBy(() -> Vin.of(mistyped))
                    .as("%s changed at position %d into %s", valid, changed + 1, mistyped)
                    .hasFieldOrPropertyWithValue("messageKey", "vin.error.checkDigit");
        }
    }

    private static AbstractThrowableAssert<?, InvalidVin> assertRefused(String vin, String messageKey) {
        try {
            Vin.of(vin);
        } catch (InvalidVin refusal) {
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
            assertThat(refusal.field()).isEqualTo("vin");
            return assertThat(refusal);
        }
        throw new AssertionError(vin + " was accepted; expected " + messageKey);
    }
}
