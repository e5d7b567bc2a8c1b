/** The daily report's figures for other systems: as JSON records and as the Excel workbook. */
@NullMarked
package shinrai.report.api;

import org.jspecify.annotations.NullMarked;
