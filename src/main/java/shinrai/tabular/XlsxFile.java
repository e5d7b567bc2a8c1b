package shinrai.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;

/**
 * The first sheet of an Excel workbook (.xlsx), pulled row by row from the sheet's XML as it is unzipped: only the
 * current row, the number formats and the offsets of the workbook's distinct texts (which go to a temporary file,
 * see {@link SharedStringsFile}) are in memory, never the sheet. Cells read as the user sees them: numbers without a spurious
 * {@code .0} or exponent (a mobile number stored as a number reads {@code 13812345678}), dates as ISO
 * {@code yyyy-MM-dd}, booleans as {@code TRUE}/{@code FALSE}, formulas as their last computed value.
 */
final class XlsxFile implements TabularFile {

    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final OPCPackage workbook;
    private final InputStream sheetData;
    private final XMLStreamReader sheet;
    private final SharedStringsFile sharedStrings;
    private final List<NumberFormat> numberFormats;
    private final boolean dates1904;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<String> header;
    private long previousRow;
    private boolean done;
    private boolean closed;

    private XlsxFile(
            OPCPackage workbook,
            InputStream sheetData,
            SharedStringsFile sharedStrings,
            List<NumberFormat> numberFormats,
            boolean dates1904)
            throws IOException {
        this.workbook = workbook;
        this.sheetData = sheetData;
        this.sharedStrings = sharedStrings;
        this.numberFormats = numberFormats;
        this.dates1904 = dates1904;
        try {
            this.sheet = xml(sheetData);
        } catch (XMLStreamException e) {
            throw UnreadableFile.notATable().causedBy(e);
        }
        this.header = next().map(SourceRow::cells).orElseThrow(UnreadableFile::empty);
    }

    static TabularFile open(Path file) throws IOException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException notOfficeXml) {
            throw UnreadableFile.notATable().causedBy(notOfficeXml);
        }
        InputStream sheetData = null;
        SharedStringsFile sharedStrings = null;
        try {
            if (!isWorkbook(workbook)) {
                throw UnreadableFile.notATable();
            }
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw UnreadableFile.empty();
            }
            sharedStrings = sharedStrings(reader.getSharedStringsData());
            boolean dates1904 = usesDates1904(reader.getWorkbookData());
            List<NumberFormat> numberFormats = numberFormats(reader.getStylesData());
            sheetData = sheets.next();
            return new XlsxFile(workbook, sheetData, sharedStrings, numberFormats, dates1904);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            try {
                if (sheetData != null) {
                    sheetData.close();
                }
                if (sharedStrings != null) {
                    sharedStrings.close();
                }
            } finally {
                workbook.revert();
            }
            throw e instanceof UnreadableFile refusal
                    ? refusal
                    : UnreadableFile.notATable().causedBy(e);
        }
    }

    /**
     * Whether the package's main part is an Excel workbook in XML (.xlsx, .xlsm, .xltx): not a Word document nor a
     * binary workbook (.xlsb).
     */
    private static boolean isWorkbook(OPCPackage container) {
        String type = container.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).stream()
                .findFirst()
                .map(PackagePart::getContentType)
                .orElse("");
        return type.endsWith(".main+xml") && (type.contains("spreadsheetml") || type.contains("ms-excel"));
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<SourceRow> next() throws IOException {
        try {
            while (!done && sheet.hasNext()) {
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT
                        && sheet.getLocalName().equals("row")) {
                    long number = rowNumber(sheet.getAttributeValue(null, "r"));
                    List<String> cells = TabularFiles.withoutTrailingEmptyCells(cells());
                    if (!cells.isEmpty()) {
                        return Optional.of(new SourceRow(number, cells));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && sheet.getLocalName().equals("sheetData")) {
                    done = true;
                }
            }
            done = true;
            return Optional.empty();
        } catch (XMLStreamException damaged) {
            throw UnreadableFile.notATable().causedBy(damaged);
        }
    }

    private long rowNumber(@Nullable String reference) {
        try {
            previousRow = reference == null ? previousRow + 1 : Long.parseLong(reference.strip());
        } catch (NumberFormatException e) {
            previousRow++;
        }
        return previousRow;
    }

    /** The cells of the current row, placed by their reference ({@code D5} is the fourth) so gaps stay gaps. */
    private List<String> cells() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int column = -1;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT
                    && sheet.getLocalName().equals("c")) {
                column = column(sheet.getAttributeValue(null, "r"), column + 1);
                String type = sheet.getAttributeValue(null, "t");
                String style = sheet.getAttributeValue(null, "s");
                String text = TabularFiles.trim(cellText(type, style));
                if (!text.isEmpty() && column < MAX_COLUMNS) {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, text);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && sheet.getLocalName().equals("row")) {
                break;
            }
        }
        return cells;
    }

    /** The column of a cell reference such as {@code AB12}: 0 for A, 27 for AB. */
    static int column(@Nullable String reference, int otherwise) {
        if (reference == null) {
            return otherwise;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && column <= MAX_COLUMNS) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? otherwise : column - 1;
    }

    /** Reads a {@code <c>} element to its end and gives its value as text. */
    private String cellText(@Nullable String type, @Nullable String style) throws XMLStreamException {
        String value = "";
        String inline = "";
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> value = sheet.getElementText();
                    case "is" -> inline = richText(sheet, "is");
                    default -> {} // <f>: the formula; its cached value is in <v>
                }
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && sheet.getLocalName().equals("c")) {
                break;
            }
        }
        if (type == null || type.equals("n")) {
            return value.isBlank() ? "" : number(value.strip(), style);
        }
        return switch (type) {
            case "s" -> sharedString(value);
            case "inlineStr" -> inline.isEmpty() ? value : inline;
            case "b" -> value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
            case "d" -> isoDate(value.strip());
            default -> value; // "str": a formula's text result; "e": an error such as #N/A
        };
    }

    private String sharedString(String index) throws XMLStreamException {
        try {
            return sharedStrings.get(Integer.parseInt(index.strip()));
        } catch (NumberFormatException e) {
            return "";
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    /**
     * A number as the user reads it: a date when its format is one; a whole number without decimals (so that a
     * mobile number reads {@code 13812345678}, never {@code 1.3812345678E10}); percentages and other fractions as
     * the cell's format shows them, or plain with Excel's 15 significant digits under the General format.
     */
    private String number(String raw, @Nullable String style) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        NumberFormat format = numberFormat(style);
        if (format.isDate() && DateUtil.isValidExcelDate(value)) {
            return excelDate(value);
        }
        if (format.isPercent()) {
            return formatter.formatRawCellContents(value, format.index(), format.pattern());
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (format.isGeneral() || Double.isInfinite(value) || Double.isNaN(value)) {
            return new BigDecimal(raw)
                    .round(EXCEL_PRECISION)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatRawCellContents(value, format.index(), format.pattern());
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

    /** A date cell of type {@code d} (ISO 8601 text, written by some tools instead of a serial number). */
    private static String isoDate(String value) {
        try {
            LocalDateTime dateTime = LocalDateTime.parse(value.length() == 10 ? value + "T00:00:00" : value);
            LocalTime time = dateTime.toLocalTime().withNano(0);
            if (time.equals(LocalTime.MIDNIGHT)) {
                return dateTime.format(DATE);
            }
            return dateTime.format(time.getSecond() == 0 ? DATE_TIME : DATE_TIME_SECONDS);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private NumberFormat numberFormat(@Nullable String style) {
        if (style == null) {
            return NumberFormat.GENERAL;
        }
        try {
            int index = Integer.parseInt(style.strip());
            return index >= 0 && index < numberFormats.size() ? numberFormats.get(index) : NumberFormat.GENERAL;
        } catch (NumberFormatException e) {
            return NumberFormat.GENERAL;
        }
    }

    /** A cell's number format: its id (below 164 one of Excel's built-in formats) and its pattern. */
    record NumberFormat(int index, String pattern) {

        static final NumberFormat GENERAL = new NumberFormat(0, "General");

        boolean isGeneral() {
            return index == 0 || pattern.equalsIgnoreCase("General");
        }

        /**
         * Whether the format shows a date or time. Chinese Excel and WPS use built-in ids 27-36 and 50-58 for
         * {@code yyyy"年"m"月"d"日"} and the like without writing their pattern into the file, so POI does not know
         * them: those count as dates too.
         */
        boolean isDate() {
            return (index >= 27 && index <= 36)
                    || (index >= 50 && index <= 58)
                    || DateUtil.isADateFormat(index, pattern);
        }

        boolean isPercent() {
            return pattern.contains("%");
        }
    }

    /** Text of a rich-text element ({@code <si>}, {@code <is>}): its runs, without phonetic guides. */
    private static String richText(XMLStreamReader xml, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic++;
                } else if (xml.getLocalName().equals("t") && phonetic == 0) {
                    text.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                } else if (xml.getLocalName().equals(element)) {
                    break;
                }
            }
        }
        return text.toString();
    }

    /** The workbook's distinct texts, spilled to a temporary file as they are read. */
    private static SharedStringsFile sharedStrings(@Nullable InputStream data) throws IOException, XMLStreamException {
        SharedStringsFile strings = new SharedStringsFile();
        if (data == null) {
            return strings;
        }
        try (data) {
            XMLStreamReader xml = xml(data);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("si")) {
                    strings.add(richText(xml, "si"));
                }
            }
            xml.close();
            strings.flush();
            return strings;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    /**
     * The number format of each cell style, by style index, from the styles part: its {@code <numFmts>} and
     * {@code <cellXfs>} are all that matters here. Read with a pull parser rather than POI's {@code StylesTable},
     * whose XMLBeans schema alone takes more heap than reading the whole sheet.
     */
    private static List<NumberFormat> numberFormats(@Nullable InputStream data) throws IOException, XMLStreamException {
        List<NumberFormat> formats = new ArrayList<>();
        if (data == null) {
            return formats;
        }
        Map<Integer, String> patterns = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        try (data) {
            XMLStreamReader xml = xml(data);
            boolean cellFormats = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> {
                            Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                            String pattern = xml.getAttributeValue(null, "formatCode");
                            if (id != null && pattern != null) {
                                patterns.put(id, pattern);
                            }
                        }
                        case "cellXfs" -> cellFormats = true;
                        case "xf" -> {
                            if (cellFormats) {
                                Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                                ids.add(id == null ? 0 : id);
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("cellXfs")) {
                    break;
                }
            }
            xml.close();
        }
        for (int id : ids) {
            String pattern = patterns.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            formats.add(new NumberFormat(id, pattern == null ? "General" : pattern));
        }
        return formats;
    }

    private static @Nullable Integer integer(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether dates count from 1904, as in workbooks from old Mac Excel. */
    private static boolean usesDates1904(@Nullable InputStream data) throws IOException, XMLStreamException {
        if (data == null) {
            return false;
        }
        try (data) {
            XMLStreamReader xml = xml(data);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "workbookPr" -> {
                            String date1904 = xml.getAttributeValue(null, "date1904");
                            return "1".equals(date1904) || "true".equalsIgnoreCase(date1904);
                        }
                        case "sheets" -> {
                            return false;
                        }
                        default -> {}
                    }
                }
            }
            return false;
        }
    }

    /** A pull parser, safe against external entities; one factory each, as factories promise no thread safety. */
    private static XMLStreamReader xml(InputStream data) throws XMLStreamException {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        return factory.createXMLStreamReader(data);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next anyway
        } finally {
            try (sharedStrings) {
                sheetData.close();
            } finally {
                workbook.revert();
            }
        }
    }
}
