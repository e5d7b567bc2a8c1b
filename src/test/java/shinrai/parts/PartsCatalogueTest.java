package shinrai.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.Money;

/** The parts clerk keeps the catalogue; an advisor asking for an old number gets the part to fit. */
@ApplicationTest
class PartsCatalogueTest {

    static final DealerScope D001 = DealerScope.systemFor(1);

    @Autowired
    PartsCatalogue catalogue;

    @Test
    void anOldNumberLeadsThroughEverySupersessionToThePartToFit() {
        D001.run(() -> {
            catalogue.save(part("TST-0003", null));
            catalogue.save(part("TST-0002", "TST-0003"));
            catalogue.save(part("TST-0001", "tst-0002"));
            assertThat(catalogue.partToFit(PartNumber.of("tst-0001")).number()).isEqualTo(PartNumber.of("TST-0003"));
        });
    }

    @Test
    void aSupersessionThatLeadsBackToThePartIsRefused() {
        D001.run(() -> {
            catalogue.save(part("LOOP-0001", null));
            catalogue.save(part("LOOP-0002", "LOOP-0001"));
            assertThatThrownBy(() -> catalogue.save(part("LOOP-0001", "LOOP-0002")))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            invalid -> assertThat(invalid.violations())
                                    .extracting(BusinessRuleViolation::messageKey)
                                    .containsExactly("parts.error.supersessionLoop"));
        });
    }

    @Test
    void aClerkFindsAPartByTheStartOfItsNumberOrAWordOfItsName() {
        D001.run(() -> {
            assertThat(catalogue.search("04465", 10))
                    .extracting(p -> p.number().value())
                    .contains("04465-33471");
            assertThat(catalogue.search("刹车片", 10))
                    .extracting(p -> p.number().value())
                    .contains("04465-33471", "04466-33180");
        });
    }

    @Test
    void aPartNumberIsReadAsPrintedWhateverTheCaseAndSpaces() {
        assertThat(PartNumber.of(" 90915-yzzd2 ").value()).isEqualTo("90915-YZZD2");
        assertThatThrownBy(() -> PartNumber.of("9")).isInstanceOf(PartNumber.Invalid.class);
        assertThatThrownBy(() -> PartNumber.of("90915 YZZD2")).isInstanceOf(PartNumber.Invalid.class);
    }

    private static Part part(String number, @org.jspecify.annotations.Nullable String supersededBy) {
        return new Part(
                PartNumber.of(number),
                "测试件 " + number,
                "个",
                Money.yuan("10.00"),
                supersededBy == null ? null : PartNumber.of(supersededBy));
    }
}
