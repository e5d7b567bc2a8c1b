package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.VehicleDetails;
import shinrai.vehicle.VehicleRegister;
import shinrai.vehicle.Vin;

/** Other modules' events land on the customer's timeline, in the customer's own dealer. */
@ApplicationTest
class CustomerTimelineTest {

    static final DealerScope D002 = DealerScope.systemFor(2);

    @Autowired
    CustomerBook book;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    CustomerTimeline timeline;

    @Test
    void registeringACustomerAndAVehicleAndPassingItOnAreOnTheTimelines() {
        long seller = D002.call(() -> book.register(CustomerSearchTest.person("卖车人", "19822223333"), true)
                .id());
        long buyer = D002.call(() -> book.register(CustomerSearchTest.person("买车人", "19822224444"), true)
                .id());
        long vehicle = D002.call(() -> vehicles.register(
                        seller,
                        new VehicleDetails(
                                Vin.of("LVGDE40KXLP777001"),
                                PlateNumber.of("浙A7K001"),
                                "丰田",
                                "雷凌",
                                "",
                                2020,
                                "",
                                "",
                                null,
                                null,
                                "",
                                null))
                .id());
        D002.run(() -> vehicles.transfer(vehicle, buyer, "SOLD"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(keys(seller))
                    .containsExactly("timeline.vehicleHandedOver", "timeline.vehicleRegistered", "timeline.registered");
            assertThat(keys(buyer)).containsExactly("timeline.vehicleReceived", "timeline.registered");
        });
    }

    List<String> keys(long customerId) {
        return D002.call(() -> timeline.recent(customerId, 10)).stream()
                .map(CustomerTimeline.Entry::summaryKey)
                .toList();
    }
}
