/**
 * Spreadsheet-like files read one row at a time in bounded memory, whatever their size: CSV in the encodings
 * other dealer systems write (UTF-8, UTF-16, GB18030) and Excel workbooks (.xlsx); files that are neither are refused with a
 * reason the user can act on. Customer import reads through it today; the parts catalogue and price lists will.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package shinrai.tabular;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
