package shinrai.parts;

import org.jspecify.annotations.Nullable;
import shinrai.shared.Money;

/**
 * A part as the catalogue lists it.
 *
 * @param unit how it is counted and sold: 个, 套, 升 (litre), 米
 * @param supersededBy the number that replaces this one, if the carmaker superseded it
 */
public record Part(
        PartNumber number,
        String name,
        String unit,
        Money retailPrice,
        @Nullable PartNumber supersededBy) {}
