/**
 * Parts (配件): the catalogue of what the dealer sells and fits (part number, name, unit, retail price, which number
 * supersedes which). Repair orders price their parts lines from it; stock, reservations and reorder points build on
 * it later.
 */
@ApplicationModule(allowedDependencies = {"database", "dealer"})
@NullMarked
package shinrai.parts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
