package shinrai.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * What excel-streaming-reader does not check before it reads a ZIP file as a workbook: that it is one, not a Word
 * document (which it would read as a workbook without sheets); that its shared strings are not indented (see
 * {@link #hasIndentedSharedStrings}); and that the parts it parses whole in memory (the workbook's part, its styles
 * and theme) are of a size such parts have: a ZIP file may inflate a part a hundredfold before POI calls it a zip
 * bomb, a 50 MB upload into gigabytes of XML that no heap holds.
 */
final class XlsxPackage {

    /** Far above a real workbook's, styles' or theme's part (kilobytes), far below what their parsed form takes. */
    static final long MAX_PART_READ_WHOLE = 16L * 1024 * 1024;

    private static final List<String> PARTS_READ_WHOLE =
            List.of(XSSFRelation.STYLES.getContentType(), XSSFRelation.THEME.getContentType());

    /** Spaces or a line break between a string item or a run and what it holds. */
    private static final Pattern INDENTED_TEXT = Pattern.compile("<(\\w+:)?(si|r)>\\s+<");

    private XlsxPackage() {}

    /** Refuses the file unless it is an Excel workbook in XML (.xlsx, .xlsm, .xltx) that the reader can take. */
    static void check(Path file) {
        OPCPackage container;
        try {
            container = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException notAZipPackage) {
            throw UnreadableFile.notATable().causedBy(notAZipPackage);
        }
        try {
            PackagePart main = container.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).stream()
                    .findFirst()
                    .orElseThrow(UnreadableFile::notATable);
            if (!isWorkbook(main.getContentType()) || isLarge(main)) {
                throw UnreadableFile.notATable();
            }
            if (hasIndentedSharedStrings(container)) {
                throw UnreadableFile.notATable(); // saved again by Excel or WPS, it reads
            }
            for (String type : PARTS_READ_WHOLE) {
                for (PackagePart part : container.getPartsByContentType(type)) {
                    if (isLarge(part)) {
                        throw UnreadableFile.notATable();
                    }
                }
            }
        } catch (UnreadableFile refusal) {
            throw refusal;
        } catch (IOException | RuntimeException notAWorkbook) { // POI's zip-bomb guard too
            throw UnreadableFile.notATable().causedBy(notAWorkbook);
        } finally {
            container.revert(); // how a package opened read-only is closed
        }
    }

    /** A workbook, not a Word document nor a binary workbook (.xlsb). */
    private static boolean isWorkbook(String contentType) {
        return contentType.endsWith(".main+xml")
                && (contentType.contains("spreadsheetml") || contentType.contains("ms-excel"));
    }

    /**
     * Whether the shared strings are indented, as a few writers other than Excel do: poi-shared-strings (2.9.2) reads
     * the texts of such a table as blanks, without a word. A writer indents all or nothing, so the start tells.
     */
    private static boolean hasIndentedSharedStrings(OPCPackage container) throws IOException {
        for (PackagePart part : container.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                if (INDENTED_TEXT
                        .matcher(new String(in.readNBytes(8192), StandardCharsets.UTF_8))
                        .find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a part inflates beyond the limit: counted as it inflates, as a ZIP file's sizes may lie. */
    private static boolean isLarge(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] buffer = new byte[8192];
            long size = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > MAX_PART_READ_WHOLE) {
                    return true;
                }
            }
            return false;
        }
    }
}
