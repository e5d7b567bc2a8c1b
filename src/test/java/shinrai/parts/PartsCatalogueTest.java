package shinrai.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
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
    void aPartSupersededAfterItWasAskedForLeadsToItsSuccessorAtOnce() {
        D001.run(() -> {
            catalogue.save(part("NEW-0001", null));
            assertThat(catalogue.partToFit(PartNumber.of("NEW-0001")).number()).isEqualTo(PartNumber.of("NEW-0001"));
            catalogue.save(part("NEW-0002", null));
            catalogue.save(part("NEW-0001", "NEW-0002"));
            assertThat(catalogue.partToFit(PartNumber.of("NEW-0001")).number()).isEqualTo(PartNumber.of("NEW-0002"));
        });
    }

    @Test
    void aPriceChangedOutsideThisInstanceIsReadWithinAMoment(@Autowired @SchemaOwner DataSource owner) {
        D001.run(() -> catalogue.save(part("PRC-0001", null)));
        Money before =
                D001.call(() -> catalogue.partToFit(PartNumber.of("PRC-0001")).retailPrice());

        // as another instance of the application, or a price list loaded with psql, would
        JdbcClient.create(owner)
                .sql(
                        "UPDATE parts.part SET retail_price = retail_price + 10 WHERE dealer_id = 1 AND number = 'PRC-0001'")
                .update();

        Money after = before.plus(Money.yuan("10.00"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!D001.call(() -> catalogue.partToFit(PartNumber.of("PRC-0001")).retailPrice())
                        .equals(after)
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(D001.call(
                        () -> catalogue.partToFit(PartNumber.of("PRC-0001")).retailPrice()))
                .isEqualTo(after);
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
