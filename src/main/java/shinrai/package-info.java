@NullMarked
package shinrai;

import org.jspecify.annotations.NullMarked;
