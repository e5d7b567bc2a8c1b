package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleRegister;

/** The bill the advisor explains at delivery, worked out by hand for the demo store (labour at 380.00 an hour). */
@ApplicationTest
class BillTest {

    @Autowired
    Bills bills;

    @Autowired
    BillPdf pdf;

    @Autowired
    Clock clock;

    WorkshopFixtures fixtures;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app) {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
    }

    /** An oil change (0.5 h × 380.00 = 190.00), its filter (52.00) and oil (398.00), 10% off the parts. */
    RepairOrder deliveredWithTenPercentOffTheParts() {
        RepairOrder checked = fixtures.passedFinalCheck();
        Workshop workshop = fixtures.workshop();
        return fixtures.as("advisor").call(() -> {
            RepairOrder o = workshop.grantDiscount(
                    checked.id(),
                    checked.version(),
                    new DiscountDraft(DiscountScope.PARTS, BigDecimal.TEN, null, "会员配件九折"));
            o = workshop.recordCleanUp(o.id(), o.version(), true, true);
            return workshop.deliver(o.id(), o.version(), new Handover(true, true, 5, 5));
        });
    }

    @Test
    void itemizesEveryPartAndLabourOperationWithWhoPaysAndTheDiscountsAndTheVatThePricesHold() {
        RepairOrder order = deliveredWithTenPercentOffTheParts();

        Bill bill = fixtures.as("advisor").call(() -> bills.of(order.id()));

        assertThat(bill.parts())
                .extracting(Bill.Item::code, Bill.Item::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("90915-YZZD2", Money.yuan("52.00")),
                        org.assertj.core.groups.Tuple.tuple("08880-83264", Money.yuan("398.00")));
        Bill.Item oilChange = bill.labour().get(0);
        assertThat(oilChange.quantity()).isEqualByComparingTo("0.5");
        assertThat(oilChange.unitPrice()).isEqualTo(Money.yuan("380.00"));
        assertThat(oilChange.amount()).isEqualTo(Money.yuan("190.00"));
        assertThat(oilChange.technician()).isNotBlank();
        assertThat(bill.byPayer()).containsExactly(new Bill.PayerTotal(Payer.CUSTOMER, Money.yuan("640.00")));
        // 10% of the parts' 450.00 is 45.00: within the advisor's 10% of 640.00, so nobody else approved it
        assertThat(bill.discounts()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(Money.yuan("45.00"));
            assertThat(d.state()).isEqualTo(DiscountState.APPROVED);
            assertThat(d.approvedBy()).isEmpty();
        });
        assertThat(bill.customerPays()).isEqualTo(Money.yuan("595.00"));
        // 595.00 × 13 / 113 = 68.4513…
        assertThat(bill.vatIncluded()).isEqualTo(Money.yuan("68.45"));
        assertThat(bill.balanceDue()).isEqualTo(Money.yuan("595.00"));
    }

    @Test
    void theWorkshopsFiguresBookTheDiscountAgainstTheRevenueOfTheDayTheCarLeft(@Autowired WorkshopFigures figures) {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        Money before = fixtures.as("manager").call(() -> discountsOfTheAdvisor(figures, today));

        deliveredWithTenPercentOffTheParts();

        assertThat(fixtures.as("manager").call(() -> discountsOfTheAdvisor(figures, today)))
                .isEqualTo(before.plus(Money.yuan("45.00")));
    }

    private Money discountsOfTheAdvisor(WorkshopFigures figures, java.time.LocalDate day) {
        return figures.byAdvisor(day, day).stream()
                .filter(row -> row.advisor().equals(fixtures.staffId("advisor")))
                .map(WorkshopFigures.ByAdvisor::discounts)
                .findFirst()
                .orElse(Money.ZERO);
    }

    @Test
    void datesTheNextMaintenanceFromTheServiceItRecordsAndNeverFromNothing() {
        RepairOrder order = deliveredWithTenPercentOffTheParts();
        LocalDate deliveredOn =
                order.deliveredAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();

        Bill serviced = fixtures.as("advisor").call(() -> bills.of(order.id()));
        // six months or 5,000 km after this visit at 40,000 km
        assertThat(serviced.nextService()).isEqualTo(new Bill.NextService(deliveredOn.plusMonths(6), 45_000));

        RepairOrder noServiceYet = fixtures.opened();
        assertThat(fixtures.as("advisor")
                        .call(() -> bills.of(noServiceYet.id()))
                        .nextService())
                .isNull();
    }

    @Test
    void printsAsAPdfWhoseChineseTextIsSetInTheFontShippedInsideTheApplication() throws IOException {
        RepairOrder order = deliveredWithTenPercentOffTheParts();
        Bill bill = fixtures.as("advisor").call(() -> bills.of(order.id()));

        byte[] printed = pdf.print(bill, Locale.SIMPLIFIED_CHINESE, clock.instant());

        PdfReader reader = new PdfReader(printed);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("维修结算单", "王修车", "更换机油及机油滤清器", "90915-YZZD2", "595.00", "68.45");
        String raw = new String(printed, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/FontFile2").doesNotContain("STSong");
        // only the glyphs the bill uses are embedded, not the 4 MB font
        assertThat(printed.length).isLessThan(300_000);
    }

    @Test
    void printsInEnglishForAnEnglishReader() throws IOException {
        RepairOrder order = deliveredWithTenPercentOffTheParts();
        Bill bill = fixtures.as("advisor").call(() -> bills.of(order.id()));

        byte[] printed = pdf.print(bill, Locale.ENGLISH, clock.instant());

        String text = new PdfTextExtractor(new PdfReader(printed)).getTextFromPage(1);
        assertThat(text).contains("Repair bill", "Customer pays (VAT included)", "of which VAT (13%)", "王修车");
    }
}
