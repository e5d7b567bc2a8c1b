@NullMarked
package shinrai.retention.web;

import org.jspecify.annotations.NullMarked;
