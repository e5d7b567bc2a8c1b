package shinrai.tabular;

import shinrai.shared.BusinessRuleViolation;

/** An import file refused before any row is looked at: not a CSV or .xlsx file, empty, or damaged. */
public class UnreadableFile extends BusinessRuleViolation {

    private UnreadableFile(String messageKey, Object... arguments) {
        super(messageKey, "file", arguments);
    }

    /** Neither a CSV nor an .xlsx file: a PDF, a picture, a Word document, an HTML page saved as .xls... */
    static UnreadableFile notATable() {
        return new UnreadableFile("tabular.error.unreadable");
    }

    /** An Excel 97-2003 workbook (.xls), which the user has to save as .xlsx or CSV first. */
    static UnreadableFile oldExcel() {
        return new UnreadableFile("tabular.error.oldExcel");
    }

    /** A workbook protected by a password (Excel stores those in the old container, whatever the extension). */
    static UnreadableFile encrypted() {
        return new UnreadableFile("tabular.error.encrypted");
    }

    /** No row with anything in it. */
    static UnreadableFile empty() {
        return new UnreadableFile("tabular.error.empty");
    }

    /** A CSV file whose quoting breaks from a line on: in practice a quotation mark never closed. */
    static UnreadableFile malformed(long line) {
        return new UnreadableFile("tabular.error.malformed", String.valueOf(line));
    }

    UnreadableFile causedBy(Throwable cause) {
        initCause(cause);
        return this;
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
