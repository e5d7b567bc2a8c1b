package shinrai.workshop;

import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import shinrai.dealer.DemoNetworkReady;
import shinrai.shared.DealerScope;

/**
 * The demo dealers' bays, through {@link Bays}; skipped for a dealer that has any. D001 (浦东) is a mid-sized 4S
 * workshop: two express lanes and four lifts (the appointment capacity's default of two quick-service and four
 * mechanical places), an alignment lift, a high-voltage bay, panel beating, paint preparation and a booth, and a wash
 * bay. D002 (西湖) is a smaller one.
 */
@Component
class DemoBays {

    private record Named(String name, BayKind kind) {}

    private static final Map<String, List<Named>> BAYS = Map.of(
            "D001",
            List.of(
                    new Named("快保1", BayKind.EXPRESS_SERVICE),
                    new Named("快保2", BayKind.EXPRESS_SERVICE),
                    new Named("1号工位", BayKind.GENERAL_REPAIR),
                    new Named("2号工位", BayKind.GENERAL_REPAIR),
                    new Named("3号工位", BayKind.GENERAL_REPAIR),
                    new Named("4号工位", BayKind.GENERAL_REPAIR),
                    new Named("四轮定位", BayKind.ALIGNMENT),
                    new Named("新能源工位", BayKind.ELECTRIC_VEHICLE),
                    new Named("钣金1", BayKind.BODY),
                    new Named("打磨1", BayKind.PAINT_PREPARATION),
                    new Named("烤漆房", BayKind.PAINT_BOOTH),
                    new Named("洗车位", BayKind.WASH_AND_DETAILING)),
            "D002",
            List.of(
                    new Named("快保1", BayKind.EXPRESS_SERVICE),
                    new Named("1号工位", BayKind.GENERAL_REPAIR),
                    new Named("2号工位", BayKind.GENERAL_REPAIR),
                    new Named("四轮定位", BayKind.ALIGNMENT),
                    new Named("钣金喷漆", BayKind.BODY),
                    new Named("烤漆房", BayKind.PAINT_BOOTH)));

    private final Bays bays;

    DemoBays(Bays bays) {
        this.bays = bays;
    }

    @EventListener
    @Order(5)
    void on(DemoNetworkReady network) {
        network.dealersByCode()
                .forEach((code, dealer) -> DealerScope.systemFor(dealer).run(() -> {
                    if (bays.all().isEmpty()) {
                        BAYS.getOrDefault(code, List.of()).forEach(bay -> bays.add(bay.name(), bay.kind()));
                    }
                }));
    }
}
