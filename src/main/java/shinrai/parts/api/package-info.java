@NullMarked
package shinrai.parts.api;

import org.jspecify.annotations.NullMarked;
