package shinrai.workshop;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import shinrai.dealer.DemoNetworkReady;
import shinrai.shared.DealerScope;

/**
 * A demo dealer's labour catalogue (the operations of a first service lane, with flat-rate hours), through
 * {@link LabourCatalogue}; skipped for a dealer that has any operation.
 */
@Component
class DemoLabourCatalogue {

    private static final List<LabourOperation> OPERATIONS = List.of(
            operation("M-OIL", "更换机油及机油滤清器", WorkType.MAINTENANCE, "0.5"),
            operation("M-AIR", "更换空气滤清器", WorkType.MAINTENANCE, "0.2"),
            operation("M-CABIN", "更换空调滤清器", WorkType.MAINTENANCE, "0.3"),
            operation("M-10K", "常规保养（1 万公里）", WorkType.MAINTENANCE, "1.0"),
            operation("M-40K", "大保养（4 万公里）", WorkType.MAINTENANCE, "2.5"),
            operation("B-PADF", "更换前刹车片", WorkType.MECHANICAL, "1.2"),
            operation("B-PADR", "更换后刹车片", WorkType.MECHANICAL, "1.0"),
            operation("B-FLUID", "更换刹车油", WorkType.MECHANICAL, "0.8"),
            operation("S-ALIGN", "四轮定位", WorkType.MECHANICAL, "1.0"),
            operation("E-DIAG", "电脑故障诊断", WorkType.MECHANICAL, "0.5"),
            operation("E-SPARK", "更换火花塞", WorkType.MECHANICAL, "0.8"),
            operation("E-BATT", "更换蓄电池", WorkType.MECHANICAL, "0.3"),
            operation("P-BUMPR", "后保险杠钣金修复", WorkType.BODY_AND_PAINT, "3.0"),
            operation("P-PANEL", "单面喷漆", WorkType.BODY_AND_PAINT, "4.0"));

    private final LabourCatalogue catalogue;

    DemoLabourCatalogue(LabourCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener
    @Order(5)
    void on(DemoNetworkReady network) {
        network.dealersByCode()
                .values()
                .forEach(dealer -> DealerScope.systemFor(dealer).run(this::seed));
    }

    private void seed() {
        if (catalogue.search("", 1).isEmpty()) {
            OPERATIONS.forEach(catalogue::save);
        }
    }

    private static LabourOperation operation(String code, String name, WorkType type, String hours) {
        return new LabourOperation(code, name, type, new BigDecimal(hours), true);
    }
}
