package shinrai.shared;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is still open for a customer (an upcoming appointment, a car in the workshop, later a complaint), as the
 * modules that own those things report it. The customer's 360° page asks every bean of this type, so it shows
 * open items without depending on the modules that have them.
 */
public interface OpenItems {

    List<OpenItem> of(long customerId);

    /**
     * @param summaryKey a message key, shown with {@code arguments}
     * @param link where the item is dealt with; none when the person reading may not open that page
     */
    record OpenItem(
            Instant when,
            String summaryKey,
            List<String> arguments,
            @Nullable String link) {

        public OpenItem {
            arguments = List.copyOf(arguments);
        }
    }
}
