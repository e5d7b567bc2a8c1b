/** The reception API: the briefing before greeting, and taking the car in. */
@NullMarked
package shinrai.reception.api;

import org.jspecify.annotations.NullMarked;
