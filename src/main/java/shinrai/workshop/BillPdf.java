package shinrai.workshop;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import shinrai.shared.Money;

/**
 * Prints a {@link Bill} as an A4 PDF. The fonts come from inside the application ({@code fonts/}): DejaVu Sans for
 * Latin letters, digits and signs, Droid Sans Fallback for Chinese, each character set in the first font that has
 * it. Only the characters a bill uses are embedded, so a bill is tens of kilobytes and prints the same on any
 * machine, with no system font assumed.
 */
@Component
public class BillPdf {

    private static final Color RULE = new Color(0xC8, 0xCE, 0xD6);
    private static final Color SHADE = new Color(0xF1, 0xF3, 0xF5);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float SMALL = 7.5f;
    private static final float BODY = 9f;
    private static final float HEADING = 11f;
    private static final float TITLE = 15f;

    private final MessageSource texts;
    private final BaseFont latin;
    private final BaseFont latinBold;
    private final BaseFont chinese;

    BillPdf(MessageSource texts) {
        this.texts = texts;
        this.latin = font("fonts/DejaVuSans.ttf");
        this.latinBold = font("fonts/DejaVuSans-Bold.ttf");
        this.chinese = font("fonts/DroidSansFallbackFull.ttf");
    }

    /** The bill as PDF bytes: a bill is small (tens of kilobytes), so it is made whole before it is sent. */
    public byte[] print(Bill bill, Locale locale, Instant printedAt) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        print(bill, locale, printedAt, out);
        return out.toByteArray();
    }

    public void print(Bill bill, Locale locale, Instant printedAt, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(bill.header().number());
            document.addCreator("Shinrai");
            document.open();
            new Page(document, locale, bill.header().zone()).write(bill, printedAt);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The bill " + bill.header().number() + " could not be printed", e);
        }
    }

    /** One bill being written: the document, the reader's language and the dealer's time zone. */
    private final class Page {

        private final Document document;
        private final Locale locale;
        private final ZoneId zone;

        Page(Document document, Locale locale, ZoneId zone) {
            this.document = document;
            this.locale = locale;
            this.zone = zone;
        }

        void write(Bill bill, Instant printedAt) throws DocumentException {
            Bill.Header header = bill.header();
            paragraph(header.dealerName(), TITLE, true, Element.ALIGN_CENTER);
            paragraph(header.dealerAddress() + "  " + header.dealerPhone(), SMALL, false, Element.ALIGN_CENTER);
            paragraph(text("bill.title"), HEADING + 2, true, Element.ALIGN_CENTER);
            document.add(details(header));
            words(text("bill.customerWords"), header.customerWords());
            words(text("bill.diagnosis"), header.diagnosis());

            section(text("bill.parts"));
            document.add(table(
                    new float[] {5, 24, 14, 7, 10, 11, 9, 20},
                    List.of(
                            "bill.line",
                            "bill.description",
                            "bill.partNumber",
                            "bill.quantity",
                            "bill.unitPrice",
                            "bill.amount",
                            "bill.payer",
                            "bill.reason"),
                    bill.parts().stream()
                            .map(item -> List.of(
                                    String.valueOf(item.line()),
                                    item.description() + supplement(item),
                                    nullToEmpty(item.code()),
                                    quantity(item.quantity()) + " " + item.unit(),
                                    money(item.unitPrice()),
                                    money(item.amount()),
                                    text(item.payer().messageKey()),
                                    item.reason()))
                            .toList(),
                    4,
                    5));

            section(text("bill.labour"));
            document.add(table(
                    new float[] {5, 24, 11, 7, 9, 11, 10, 9, 14},
                    List.of(
                            "bill.line",
                            "bill.description",
                            "bill.operationCode",
                            "bill.hours",
                            "bill.rate",
                            "bill.amount",
                            "bill.technician",
                            "bill.payer",
                            "bill.reason"),
                    bill.labour().stream()
                            .map(item -> List.of(
                                    String.valueOf(item.line()),
                                    item.description() + supplement(item),
                                    nullToEmpty(item.code()),
                                    quantity(item.quantity()),
                                    money(item.unitPrice()),
                                    money(item.amount()),
                                    item.technician(),
                                    text(item.payer().messageKey()),
                                    item.reason()))
                            .toList(),
                    3,
                    4,
                    5));

            if (!bill.charges().isEmpty()) {
                section(text("bill.charges"));
                document.add(table(
                        new float[] {5, 40, 12, 10, 33},
                        List.of("bill.line", "bill.description", "bill.amount", "bill.payer", "bill.reason"),
                        bill.charges().stream()
                                .map(item -> List.of(
                                        String.valueOf(item.line()),
                                        item.description() + supplement(item),
                                        money(item.amount()),
                                        text(item.payer().messageKey()),
                                        item.reason()))
                                .toList(),
                        2,
                        2));
            }

            section(text("bill.byPayer"));
            document.add(totals(bill));
            payments(bill);
            declined(bill);
            nextService(bill);
            signatures();
            paragraph(text("bill.printedAt", WHEN.format(printedAt.atZone(zone))), SMALL, false, Element.ALIGN_RIGHT);
        }

        private PdfPTable details(Bill.Header header) {
            PdfPTable table = new PdfPTable(new float[] {12, 38, 12, 38});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            cells(table, "bill.number", header.number());
            cells(table, "bill.advisor", header.advisor());
            cells(table, "bill.customer", header.customerName());
            cells(table, "bill.plate", header.plate());
            cells(table, "bill.vehicle", header.vehicle());
            cells(table, "bill.vin", header.vin());
            cells(table, "bill.kilometres", header.kilometres() == null ? "" : header.kilometres() + " km");
            cells(table, "bill.openedAt", when(header.openedAt()));
            cells(table, "bill.deliveredAt", when(header.deliveredAt()));
            cells(table, "bill.status", text(header.status().messageKey()));
            return table;
        }

        private void cells(PdfPTable table, String labelKey, String value) {
            table.addCell(cell(text(labelKey), SMALL, true, SHADE, Element.ALIGN_LEFT));
            table.addCell(cell(value, BODY, false, null, Element.ALIGN_LEFT));
        }

        private void words(String label, String words) throws DocumentException {
            if (words.isBlank()) {
                return;
            }
            Paragraph paragraph = new Paragraph();
            paragraph.setSpacingBefore(4);
            paragraph.add(phrase(text("bill.labelled", label), BODY, true));
            paragraph.add(phrase(words, BODY, false));
            document.add(paragraph);
        }

        private PdfPTable table(float[] widths, List<String> headingKeys, List<List<String>> rows, int... rightAligned)
                throws DocumentException {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (int column = 0; column < headingKeys.size(); column++) {
                table.addCell(cell(text(headingKeys.get(column)), SMALL, true, SHADE, align(column, rightAligned)));
            }
            if (rows.isEmpty()) {
                PdfPCell none = cell(text("bill.none"), BODY, false, null, Element.ALIGN_LEFT);
                none.setColspan(headingKeys.size());
                table.addCell(none);
            }
            for (List<String> row : rows) {
                for (int column = 0; column < row.size(); column++) {
                    table.addCell(cell(row.get(column), BODY, false, null, align(column, rightAligned)));
                }
            }
            return table;
        }

        private PdfPTable totals(Bill bill) {
            PdfPTable table = new PdfPTable(new float[] {70, 30});
            table.setWidthPercentage(60);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (Bill.PayerTotal total : bill.byPayer()) {
                total(table, text(total.payer().messageKey()), money(total.amount()), false);
            }
            for (Bill.DiscountGiven discount : bill.discounts()) {
                String percent = discount.percent() == null ? "" : " " + quantity(discount.percent()) + "%";
                String who = discount.state() != DiscountState.APPROVED
                        ? text(discount.state().messageKey())
                        : text(
                                "bill.discountGivenBy",
                                discount.grantedBy(),
                                discount.approvedBy().isEmpty()
                                        ? text("bill.discountWithinLimit")
                                        : text("bill.discountApprovedBy", discount.approvedBy()));
                String label = text(
                        "bill.discountLine",
                        discount.number(),
                        text(discount.scope().messageKey()),
                        percent,
                        discount.reason(),
                        who);
                total(
                        table,
                        label,
                        discount.state() == DiscountState.APPROVED ? "-" + money(discount.amount()) : "—",
                        false);
            }
            total(table, text("bill.customerPays"), money(bill.customerPays()), true);
            total(table, text("bill.vatIncluded", quantity(bill.vatRatePercent())), money(bill.vatIncluded()), false);
            total(table, text("bill.paid"), money(bill.paid()), false);
            total(table, text("bill.balanceDue"), money(bill.balanceDue()), true);
            return table;
        }

        private void total(PdfPTable table, String label, String amount, boolean strong) {
            table.addCell(cell(label, BODY, strong, strong ? SHADE : null, Element.ALIGN_LEFT));
            table.addCell(cell(amount, BODY, strong, strong ? SHADE : null, Element.ALIGN_RIGHT));
        }

        private void payments(Bill bill) throws DocumentException {
            if (bill.payments().isEmpty()) {
                return;
            }
            section(text("bill.payments"));
            for (Bill.PaymentTaken payment : bill.payments()) {
                paragraph(
                        when(payment.at()) + "  " + text(payment.method().messageKey()) + "  " + money(payment.amount())
                                + "  " + payment.reference() + "  " + payment.cashier(),
                        BODY,
                        false,
                        Element.ALIGN_LEFT);
            }
        }

        private void declined(Bill bill) throws DocumentException {
            if (!bill.declined().isEmpty()) {
                section(text("bill.declined"));
                for (Bill.Item item : bill.declined()) {
                    paragraph(
                            "· " + item.description() + "  " + money(item.amount()) + "  " + item.reason(),
                            BODY,
                            false,
                            Element.ALIGN_LEFT);
                }
            }
            if (!bill.declinedEarlier().isEmpty()) {
                section(text("bill.declinedEarlier"));
                for (DeclinedWork work : bill.declinedEarlier()) {
                    paragraph(
                            "· " + work.description() + "  " + money(work.amount()) + "  " + work.repairOrderNumber(),
                            BODY,
                            false,
                            Element.ALIGN_LEFT);
                }
            }
        }

        private void nextService(Bill bill) throws DocumentException {
            section(text("bill.nextService"));
            Bill.NextService next = bill.nextService();
            String due = next == null
                    ? text("bill.noNextService")
                    : next.dueAtKm() == null
                            ? text("bill.nextServiceDueOn", next.dueOn().toString())
                            : text(
                                    "bill.nextServiceDue",
                                    next.dueOn().toString(),
                                    String.format("%,d", next.dueAtKm()));
            paragraph(due, BODY, false, Element.ALIGN_LEFT);
        }

        private void signatures() throws DocumentException {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.setSpacingBefore(18);
            for (String key : List.of("bill.signatureAdvisor", "bill.signatureCustomer")) {
                PdfPCell cell = cell(text("bill.labelled", text(key)), BODY, false, null, Element.ALIGN_LEFT);
                cell.setBorder(Rectangle.BOTTOM);
                cell.setFixedHeight(26);
                table.addCell(cell);
            }
            document.add(table);
        }

        private void section(String title) throws DocumentException {
            Paragraph paragraph = new Paragraph(phrase(title, HEADING, true));
            paragraph.setSpacingBefore(8);
            paragraph.setSpacingAfter(3);
            document.add(paragraph);
        }

        private void paragraph(String content, float size, boolean bold, int alignment) throws DocumentException {
            Paragraph paragraph = new Paragraph(phrase(content, size, bold));
            paragraph.setAlignment(alignment);
            document.add(paragraph);
        }

        private PdfPCell cell(String content, float size, boolean bold, @Nullable Color background, int alignment) {
            PdfPCell cell = new PdfPCell(phrase(content, size, bold));
            cell.setBorderColor(RULE);
            cell.setPadding(3);
            cell.setHorizontalAlignment(alignment);
            if (background != null) {
                cell.setBackgroundColor(background);
            }
            return cell;
        }

        private String text(String key, Object... arguments) {
            return texts.getMessage(key, arguments, locale);
        }

        private String when(@Nullable Instant at) {
            return at == null ? "" : WHEN.format(at.atZone(zone));
        }
    }

    /**
     * The text set character by character in the first font that has it: DejaVu, then the Chinese font. (OpenPDF's
     * FontSelector would do the same, but each one made loads a fallback font of its own from its jar first, which
     * took a third of a bill's time and set the Latin text in that font instead of ours.)
     */
    private Phrase phrase(String content, float size, boolean bold) {
        Font latinFont = new Font(bold ? latinBold : latin, size);
        // Droid Sans Fallback has no bold face; a thin outline stroke stands in for one.
        Font hanFont = bold ? new Font(chinese, size, Font.BOLD) : new Font(chinese, size);
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        Font runFont = latinFont;
        for (int i = 0; i < content.length(); i += Character.charCount(content.codePointAt(i))) {
            int character = content.codePointAt(i);
            Font font = latin.charExists(character) || !chinese.charExists(character) ? latinFont : hanFont;
            if (font != runFont && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(character);
        }
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), runFont));
        }
        return phrase;
    }

    private static int align(int column, int... rightAligned) {
        for (int right : rightAligned) {
            if (right == column) {
                return Element.ALIGN_RIGHT;
            }
        }
        return Element.ALIGN_LEFT;
    }

    private static String supplement(Bill.Item item) {
        return item.supplement() ? " *" : "";
    }

    private static String money(Money amount) {
        return String.format("%,.2f", amount.amount());
    }

    private static String quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static BaseFont font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The bill's font " + path + " is missing from the application", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The bill's font " + path + " cannot be read", e);
        }
    }
}
