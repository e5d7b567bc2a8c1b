package shinrai.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens the lists other dealer systems (DMS) export, whatever the user named the file: CSV text in any of the
 * encodings they use, or an Excel workbook (.xlsx). Both are read row by row, so memory stays bounded however long
 * the list is.
 */
public final class TabularFiles {

    /** How much of the start of a file decides what it is, its encoding and its delimiter. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] UTF_16_BOMS = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFE, (byte) 0xFF};

    /** Markup that Excel opens but that is no list: HTML tables saved as ".xls", XML Spreadsheet 2003, RTF. */
    private static final List<String> MARKUP = List.of("<!doctype", "<html", "<?xml", "<table", "<meta", "{\\rtf");

    private TabularFiles() {}

    /** Opens a CSV or .xlsx file, recognised by content (an .xlsx is a ZIP: starts with "PK\3\4"), not by name. */
    public static TabularFile open(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        if (sample.length == 0) {
            throw UnreadableFile.empty();
        }
        if (startsWith(sample, ZIP)) {
            return XlsxFile.open(file);
        }
        if (startsWith(sample, OLE2)) {
            throw refusalOfOfficeFile(file);
        }
        if (startsWith(sample, PDF) || isBinary(sample) || isMarkup(sample)) {
            throw UnreadableFile.notATable();
        }
        return CsvFile.open(file, sample);
    }

    /**
     * The old binary container (OLE2) holds Excel 97-2003 workbooks, but also Word documents and, whatever their
     * extension, password-protected .xlsx files.
     */
    private static UnreadableFile refusalOfOfficeFile(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                return UnreadableFile.encrypted();
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return UnreadableFile.oldExcel();
            }
            return UnreadableFile.notATable();
        } catch (IOException | RuntimeException damaged) {
            return UnreadableFile.oldExcel().causedBy(damaged);
        }
    }

    /** Text never holds a NUL byte, unless it is UTF-16, which Excel's "Unicode text" starts with a byte-order mark. */
    private static boolean isBinary(byte[] sample) {
        boolean utf16 = sample.length >= 2
                && ((sample[0] == UTF_16_BOMS[0] && sample[1] == UTF_16_BOMS[1])
                        || (sample[0] == UTF_16_BOMS[2] && sample[1] == UTF_16_BOMS[3]));
        if (utf16) {
            return false;
        }
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarkup(byte[] sample) {
        String start = new String(sample, 0, Math.min(sample.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "") // a UTF-8 byte-order mark, read byte by byte
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(start::startsWith);
    }

    private static boolean startsWith(byte[] sample, byte[] magic) {
        if (sample.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (sample[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cell as the user meant it: without the spaces around it, including the full-width space of Chinese input
     * methods, no-break spaces and stray byte-order marks.
     */
    static String trim(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Cells as a row keeps them: without the empty ones at the end. */
    static List<String> withoutTrailingEmptyCells(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }
}
