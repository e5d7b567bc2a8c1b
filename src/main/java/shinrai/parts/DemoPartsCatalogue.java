package shinrai.parts;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import shinrai.dealer.DemoNetworkReady;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;

/**
 * The parts a demo dealer's first repair orders need, at plausible retail prices, with one supersession (the old
 * oil filter number brings the new one). Through {@link PartsCatalogue#save}, as a parts clerk would enter them;
 * skipped for a dealer that has any part.
 */
@Component
class DemoPartsCatalogue {

    private static final List<Part> PARTS = List.of(
            part("90915-YZZD2", "机油滤清器", "个", "52.00", null),
            part("90915-YZZD1", "机油滤清器（旧号）", "个", "48.00", "90915-YZZD2"),
            part("08880-83264", "全合成机油 0W-20 4L", "桶", "398.00", null),
            part("08880-83322", "全合成机油 0W-20 1L", "瓶", "108.00", null),
            part("90430-12031", "放油螺塞垫片", "个", "6.00", null),
            part("17801-21050", "空气滤清器滤芯", "个", "128.00", null),
            part("87139-0N010", "空调滤清器滤芯", "个", "158.00", null),
            part("04465-33471", "前刹车片", "套", "680.00", null),
            part("04466-33180", "后刹车片", "套", "520.00", null),
            part("08823-80011", "刹车油 DOT 4", "瓶", "88.00", null),
            part("90919-01253", "火花塞", "个", "118.00", null),
            part("28800-0T140", "蓄电池", "个", "980.00", null),
            part("85222-33180", "雨刮片", "条", "98.00", null));

    private final PartsCatalogue catalogue;

    DemoPartsCatalogue(PartsCatalogue catalogue) {
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
        if (catalogue.isEmpty()) {
            PARTS.forEach(catalogue::save);
        }
    }

    private static Part part(
            String number,
            String name,
            String unit,
            String price,
            @org.jspecify.annotations.Nullable String supersededBy) {
        return new Part(
                PartNumber.of(number),
                name,
                unit,
                Money.yuan(price),
                supersededBy == null ? null : PartNumber.of(supersededBy));
    }
}
