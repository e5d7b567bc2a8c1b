package shinrai.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import shinrai.web.Downloads;

/**
 * The daily report as an Excel workbook, written through POI's streaming writer: a summary sheet (the day, the month
 * to date, the target, the share of it reached), then the advisors and the technicians, each for the day and the
 * month to date. Headers are in the reader's language; numbers are numbers, money has two decimals, shares are
 * formatted as percentages, so the manager can sum and chart them in Excel.
 */
@Component
public class DailyReportWorkbook {

    public static final String CONTENT_TYPE = Downloads.XLSX;

    private final MessageSource messages;

    DailyReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** The file's name without the extension, as the reader's language calls the report, and the day. */
    public String filename(DailyFigures report, Locale locale) {
        return text("report.export.filename", locale) + "-" + report.date() + ".xlsx";
    }

    /** Sends the workbook as a download named in the reader's language. */
    public void send(DailyFigures report, Locale locale, HttpServletResponse response) throws IOException {
        Downloads.attachment(response, CONTENT_TYPE, filename(report, locale));
        try (OutputStream out = response.getOutputStream()) {
            write(report, locale, out);
        }
    }

    public void write(DailyFigures report, Locale locale, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(text("report.sheet.summary", locale)), report, locale, styles);
            advisors(workbook.createSheet(text("report.sheet.advisors", locale)), report, locale, styles);
            technicians(workbook.createSheet(text("report.sheet.technicians", locale)), report, locale, styles);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void summary(Sheet sheet, DailyFigures report, Locale locale, Styles styles) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(text("report.title", locale));
        title.getCell(0).setCellStyle(styles.header);
        title.createCell(1).setCellValue(report.date().toString());
        header(
                sheet.createRow(2),
                locale,
                styles,
                "report.column.figure",
                "report.column.day",
                "report.column.monthToDate",
                "report.column.target",
                "report.column.progress");
        int r = 3;
        for (SummaryLine line : SummaryLine.of(report)) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(text(line.key(), locale));
            CellStyle style = styles.of(line.kind());
            number(row, 1, line.day(), style);
            number(row, 2, line.monthToDate(), style);
            number(row, 3, line.target(), style);
            number(row, 4, line.progress(), styles.percent);
        }
        sheet.setColumnWidth(0, 24 * 256);
        for (int c = 1; c <= 4; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private void advisors(Sheet sheet, DailyFigures report, Locale locale, Styles styles) {
        header(
                sheet.createRow(0),
                locale,
                styles,
                "report.column.period",
                "report.column.advisor",
                "report.figure.carsIn",
                "report.figure.ordersOpened",
                "report.figure.ordersDelivered",
                "report.figure.promisesKept",
                "report.figure.labour",
                "report.figure.parts",
                "report.figure.sublet",
                "report.figure.other",
                "report.figure.discounts",
                "report.figure.revenue",
                "report.figure.hoursSold",
                "report.figure.booked",
                "report.figure.bookingsKept");
        int r = 1;
        for (Period period : periods(report)) {
            for (PeriodFigures.Advisor a : period.figures().advisors()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(text(period.key(), locale));
                row.createCell(1).setCellValue(a.name());
                number(row, 2, BigDecimal.valueOf(a.carsIn()), styles.count);
                number(row, 3, BigDecimal.valueOf(a.ordersOpened()), styles.count);
                number(row, 4, BigDecimal.valueOf(a.ordersDelivered()), styles.count);
                number(row, 5, a.promisesKeptRate(), styles.percent);
                number(row, 6, a.labourRevenue().amount(), styles.money);
                number(row, 7, a.partsRevenue().amount(), styles.money);
                number(row, 8, a.subletRevenue().amount(), styles.money);
                number(row, 9, a.otherRevenue().amount(), styles.money);
                number(row, 10, a.discounts().amount(), styles.money);
                number(row, 11, a.revenue().amount(), styles.money);
                number(row, 12, a.hoursSold(), styles.hours);
                number(row, 13, BigDecimal.valueOf(a.booked()), styles.count);
                number(row, 14, BigDecimal.valueOf(a.bookingsKept()), styles.count);
            }
        }
        widths(sheet, 15);
    }

    private void technicians(Sheet sheet, DailyFigures report, Locale locale, Styles styles) {
        header(
                sheet.createRow(0),
                locale,
                styles,
                "report.column.period",
                "report.column.technician",
                "report.figure.jobsDelivered",
                "report.figure.hoursSold",
                "report.figure.hoursClocked",
                "report.figure.efficiency");
        int r = 1;
        for (Period period : periods(report)) {
            for (PeriodFigures.Technician t : period.figures().technicians()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(text(period.key(), locale));
                row.createCell(1).setCellValue(t.name());
                number(row, 2, BigDecimal.valueOf(t.jobsDelivered()), styles.count);
                number(row, 3, t.hoursSold(), styles.hours);
                number(row, 4, t.hoursClocked(), styles.hours);
                number(row, 5, t.efficiency(), styles.percent);
            }
        }
        widths(sheet, 6);
    }

    private static List<Period> periods(DailyFigures report) {
        return List.of(
                new Period("report.column.day", report.day()),
                new Period("report.column.monthToDate", report.monthToDate()));
    }

    private record Period(String key, PeriodFigures figures) {}

    private void header(Row row, Locale locale, Styles styles, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            row.createCell(c).setCellValue(text(keys[c], locale));
            row.getCell(c).setCellStyle(styles.header);
        }
    }

    /** A number cell; an empty cell where there is nothing to show (no target, no share of nothing). */
    private static void number(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
            row.getCell(column).setCellStyle(style);
        }
    }

    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The few cell styles the workbook shares (a workbook holds at most 64,000 styles, so never one per cell). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle count;
        final CellStyle money;
        final CellStyle hours;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            count = format(workbook, "0");
            money = format(workbook, "#,##0.00");
            hours = format(workbook, "0.00");
            percent = format(workbook, "0.0%");
        }

        CellStyle of(SummaryLine.Kind kind) {
            return switch (kind) {
                case COUNT -> count;
                case MONEY -> money;
                case HOURS -> hours;
                case RATE -> percent;
            };
        }

        private static CellStyle format(SXSSFWorkbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
