package shinrai.retention;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import shinrai.dealer.DealerDirectory;
import shinrai.web.Downloads;

/**
 * The month's lists as an Excel workbook, one sheet per list, written through POI's streaming writer: each customer
 * with why they are on it, when, the order and its advisor, the owner, the result and the note, in the reader's
 * language.
 */
@Component
public class MonthlyListsWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MessageSource messages;
    private final DealerDirectory dealers;

    MonthlyListsWorkbook(MessageSource messages, DealerDirectory dealers) {
        this.messages = messages;
        this.dealers = dealers;
    }

    public void send(MonthlyLists.Lists lists, Locale locale, HttpServletResponse response) throws IOException {
        Downloads.attachment(
                response, Downloads.XLSX, text("retention.export.filename", locale) + "-" + lists.month() + ".xlsx");
        try (OutputStream out = response.getOutputStream()) {
            write(lists, locale, out);
        }
    }

    public void write(MonthlyLists.Lists lists, Locale locale, OutputStream out) throws IOException {
        ZoneId zone = dealers.current().zone();
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (ListKind kind : ListKind.values()) {
                Sheet sheet = workbook.createSheet(text(kind.messageKey(), locale));
                Row head = sheet.createRow(0);
                String[] columns = {
                    "retention.column.customer", "retention.column.reason", "retention.column.at",
                    "retention.column.order", "retention.column.advisor", "retention.column.owner",
                    "retention.column.result", "retention.column.note"
                };
                for (int c = 0; c < columns.length; c++) {
                    head.createCell(c).setCellValue(text(columns[c], locale));
                    head.getCell(c).setCellStyle(header);
                    sheet.setColumnWidth(c, (c == 1 || c == 7 ? 36 : 16) * 256);
                }
                int r = 1;
                for (ListEntry entry : lists.of(kind)) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(entry.customerName());
                    row.createCell(1)
                            .setCellValue(messages.getMessage(
                                    entry.reasonKey(), entry.reasonArguments().toArray(), locale));
                    row.createCell(2).setCellValue(DAY.format(entry.at().atZone(zone)));
                    row.createCell(3).setCellValue(entry.repairOrderNumber());
                    row.createCell(4).setCellValue(entry.advisorName());
                    row.createCell(5).setCellValue(entry.ownerName());
                    row.createCell(6)
                            .setCellValue(
                                    entry.result() == null
                                            ? ""
                                            : text(entry.result().messageKey(), locale));
                    row.createCell(7).setCellValue(entry.note());
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
