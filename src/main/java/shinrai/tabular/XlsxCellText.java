package shinrai.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * A cell of a workbook as the user reads it: numbers without a spurious {@code .0} or exponent (a mobile number stored
 * as a number reads {@code 13812345678}), dates as ISO {@code yyyy-MM-dd}, booleans as {@code TRUE}/{@code FALSE},
 * formulas as their last computed value, errors as Excel shows them ({@code #N/A}).
 */
final class XlsxCellText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** How excel-streaming-reader prefixes an error value; the bare value is what Excel shows. */
    private static final String ERROR_PREFIX = "ERROR:  ";

    private final boolean dates1904;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    /** By cell style: telling a date format from its pattern takes regular expressions, too slow for every cell. */
    private final Map<Short, NumberFormat> numberFormats = new HashMap<>();

    XlsxCellText(Workbook workbook) {
        this.dates1904 = workbook instanceof Date1904Support dates && dates.isDate1904();
    }

    String of(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> number(cell.getNumericCellValue(), numberFormat(cell.getCellStyle()));
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> withoutPrefix(cell.getStringCellValue());
            default -> "";
        };
    }

    /**
     * A number as the user reads it: a date when its format is one; a whole number without decimals (so that a
     * mobile number reads {@code 13812345678}, never {@code 1.3812345678E10}); percentages and other fractions as
     * the cell's format shows them, or plain with Excel's 15 significant digits under the General format.
     */
    private String number(double value, NumberFormat format) {
        if (format.isDate() && DateUtil.isValidExcelDate(value)) {
            return excelDate(value);
        }
        if (format.isPercent()) {
            return formatter.formatRawCellContents(value, format.index(), format.pattern());
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (format.isGeneral()) {
            return BigDecimal.valueOf(value)
                    .round(EXCEL_PRECISION)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatRawCellContents(value, format.index(), format.pattern());
    }

    private NumberFormat numberFormat(@Nullable CellStyle style) {
        if (style == null) {
            return NumberFormat.GENERAL;
        }
        return numberFormats.computeIfAbsent(
                style.getIndex(),
                index -> NumberFormat.of(Short.toUnsignedInt(style.getDataFormat()), style.getDataFormatString()));
    }

    private String excelDate(double value) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, dates1904, true);
        LocalTime time = dateTime.toLocalTime();
        if (value < 1) { // a time of day without a date
            return time.format(DateTimeFormatter.ofPattern(time.getSecond() == 0 ? "HH:mm" : "HH:mm:ss"));
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return dateTime.format(DATE);
        }
        return dateTime.format(time.getSecond() == 0 ? DATE_TIME : DATE_TIME_SECONDS);
    }

    private static String withoutPrefix(String error) {
        return error.startsWith(ERROR_PREFIX) ? error.substring(ERROR_PREFIX.length()) : error;
    }

    /**
     * A cell's number format: its id (below 164 one of Excel's built-in formats), its pattern, and whether it shows a
     * date or time. Chinese Excel and WPS use built-in ids 27-36 and 50-58 for {@code yyyy"年"m"月"d"日"} and the like
     * without writing their pattern into the file, so POI does not know them: those count as dates too.
     */
    record NumberFormat(int index, String pattern, boolean isDate) {

        static final NumberFormat GENERAL = of(0, "General");

        static NumberFormat of(int index, @Nullable String pattern) {
            String known = pattern == null ? "General" : pattern;
            boolean date = (index >= 27 && index <= 36)
                    || (index >= 50 && index <= 58)
                    || DateUtil.isADateFormat(index, known);
            return new NumberFormat(index, known, date);
        }

        boolean isGeneral() {
            return index == 0 || pattern.equalsIgnoreCase("General");
        }

        boolean isPercent() {
            return pattern.contains("%");
        }
    }
}
