/** The daily report's page, its Excel export and the targets form. */
@NullMarked
package shinrai.report.web;

import org.jspecify.annotations.NullMarked;
