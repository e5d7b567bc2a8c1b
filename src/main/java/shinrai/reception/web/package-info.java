/** The reception pages: briefing, walk-around with the car diagram, and the record afterwards. */
@NullMarked
package shinrai.reception.web;

import org.jspecify.annotations.NullMarked;
