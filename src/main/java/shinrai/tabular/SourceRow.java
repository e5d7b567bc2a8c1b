package shinrai.tabular;

import java.util.List;

/**
 * One data row of a file as the user sees it: its row/line number (1-based, as Excel or a text editor shows it)
 * and its cells, trimmed.
 */
public record SourceRow(long line, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a column (0-based), or {@code ""} past the end of a short row. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
