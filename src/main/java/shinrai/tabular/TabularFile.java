package shinrai.tabular;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A spreadsheet-like file read one row at a time. The first non-empty row is the header. Cells are trimmed and
 * trailing empty cells dropped, so a short row simply has fewer cells.
 */
public interface TabularFile extends AutoCloseable {

    List<String> header();

    /** The next data row, skipping completely empty rows; empty when the file is done. */
    Optional<SourceRow> next() throws IOException;

    @Override
    void close() throws IOException;
}
