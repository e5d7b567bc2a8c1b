package shinrai.tabular;

import com.github.pjfanning.xlsx.SharedStringsImplementationType;
import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The first sheet of an Excel workbook (.xlsx), read row by row by excel-streaming-reader as it is unzipped: only the
 * current row and the styles are in memory, never the sheet; the workbook's distinct texts go to a temporary file.
 * Cells read as the user sees them ({@link XlsxCellText}).
 */
final class XlsxFile implements TabularFile {

    /** Excel's last column, XFD: cells beyond it are no data a user could have typed. */
    static final int MAX_COLUMNS = 16_384;

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final XlsxCellText cellText;
    private final List<String> header;
    private boolean closed;

    private XlsxFile(Workbook workbook) {
        this.workbook = workbook;
        this.rows = workbook.getSheetAt(0).rowIterator();
        this.cellText = new XlsxCellText(workbook);
        this.header = next().map(SourceRow::cells).orElseThrow(UnreadableFile::empty);
    }

    static TabularFile open(Path file) throws IOException {
        XlsxPackage.check(file);
        Workbook workbook;
        try {
            workbook = StreamingReader.builder()
                    // Shared strings in a temporary file (readable by this user only): a list of 100,000 customers
                    // holds hundreds of thousands of distinct names, addresses and VINs. Not encrypted, as the
                    // uploaded file beside it is not.
                    .setSharedStringsImplementationType(SharedStringsImplementationType.TEMP_FILE_BACKED)
                    .setEncryptSstTempFile(false)
                    // One row at a time: a row may hold 16,384 cells.
                    .rowCacheSize(1)
                    // Styles give the number formats (dates, percentages); nothing else is read.
                    .setReadStyles(true)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .setReadCoreProperties(false)
                    .setReadSharedFormulas(false)
                    .open(file.toFile());
        } catch (RuntimeException damaged) { // the reader's own exceptions, and POI's zip-bomb guard within them
            throw UnreadableFile.notATable().causedBy(damaged);
        }
        try {
            if (workbook.getNumberOfSheets() == 0) {
                throw UnreadableFile.empty();
            }
            return new XlsxFile(workbook);
        } catch (RuntimeException e) {
            workbook.close();
            throw e instanceof UnreadableFile refusal
                    ? refusal
                    : UnreadableFile.notATable().causedBy(e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<SourceRow> next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> cells = TabularFiles.withoutTrailingEmptyCells(cells(row));
                if (!cells.isEmpty()) {
                    return Optional.of(new SourceRow(row.getRowNum() + 1L, cells));
                }
            }
            return Optional.empty();
        } catch (RuntimeException damaged) { // XML cut short, a zip bomb met halfway, a text the table lacks
            throw UnreadableFile.notATable().causedBy(damaged);
        }
    }

    /** The cells of a row, placed by their column ({@code D5} is the fourth) so gaps stay gaps. */
    private List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            String text = TabularFiles.trim(cellText.of(cell));
            if (!text.isEmpty() && column < MAX_COLUMNS) {
                while (cells.size() <= column) {
                    cells.add("");
                }
                cells.set(column, text);
            }
        }
        return cells;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            workbook.close(); // closes the sheet's stream and deletes the shared strings' file
        }
    }
}
