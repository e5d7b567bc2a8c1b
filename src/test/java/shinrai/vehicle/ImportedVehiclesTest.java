package shinrai.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;

/** The vehicles of an import batch go in together, as one by one would have put them in. */
@ApplicationTest
class ImportedVehiclesTest {

    static final DealerScope D002 = DealerScope.systemFor(2);

    @Autowired
    VehicleRegister register;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void vehiclesComeBackInTheOrderGivenWithTheirOwnersAndReadings() {
        long first = customer("批量车主一");
        long second = customer("批量车主二");
        List<VehicleRegister.ImportedVehicle> imported = List.of(
                new VehicleRegister.ImportedVehicle(second, details("LVGDE40K3LP880003", "浙A8B003"), 15_000),
                new VehicleRegister.ImportedVehicle(first, details("LVGDE40KXLP880001", "浙A8B001"), null),
                new VehicleRegister.ImportedVehicle(first, details("LVGDE40K1LP880002", null), 800));

        List<Vehicle> registered = D002.call(() -> register.registerImportedAll(imported));

        assertThat(registered)
                .extracting(vehicle -> vehicle.vin().value())
                .containsExactly("LVGDE40K3LP880003", "LVGDE40KXLP880001", "LVGDE40K1LP880002");
        for (Vehicle vehicle : registered) {
            Vehicle stored = D002.call(() -> register.get(vehicle.id()));
            assertThat(stored.vin()).isEqualTo(vehicle.vin());
            assertThat(stored.ownerId()).isEqualTo(vehicle.ownerId());
            assertThat(stored.description()).isEqualTo(vehicle.description()).isEqualTo("丰田 凯美瑞 2.0G 2016");
            assertThat(stored.engineNumber()).isEqualTo("ENG880");
            assertThat(D002.call(() -> register.ownershipHistory(vehicle.id())))
                    .extracting(VehicleRegister.Ownership::customerId, VehicleRegister.Ownership::reason)
                    .containsExactly(tuple(vehicle.ownerId(), "REGISTERED"));
        }
        assertThat(registered).extracting(Vehicle::ownerId).containsExactly(second, first, first);
        assertThat(D002.call(() -> register.lastReadings(
                        registered.stream().map(Vehicle::id).toList())))
                .hasSize(2)
                .hasEntrySatisfying(registered.get(0).id(), reading -> {
                    assertThat(reading.kilometres()).isEqualTo(15_000);
                    assertThat(reading.source()).isEqualTo(OdometerReading.Source.IMPORT);
                })
                .hasEntrySatisfying(
                        registered.get(2).id(),
                        reading -> assertThat(reading.kilometres()).isEqualTo(800));
        assertThat(D002.call(() -> register.withVinEndingIn("880001", 5)))
                .extracting(VehicleRegister.VehicleMatch::vehicleId)
                .containsExactly(registered.get(1).id());
        assertThat(D002.call(() -> register.withPlateTail("A8B003", 5)))
                .extracting(VehicleRegister.VehicleMatch::vehicleId)
                .containsExactly(registered.get(0).id());
    }

    static VehicleDetails details(String vin, String plate) {
        return new VehicleDetails(
                Vin.of(vin),
                plate == null ? null : PlateNumber.of(plate),
                " 丰田",
                "凯美瑞 ",
                "2.0G",
                2016,
                "白",
                " eng880 ",
                LocalDate.of(2021, 6, 1),
                LocalDate.of(2021, 6, 1),
                "平安",
                LocalDate.of(2026, 5, 31));
    }

    long customer(String name) {
        return JdbcClient.create(owner)
                .sql("INSERT INTO customer.customer (dealer_id, kind, name) VALUES (2, 'PERSON', :name) RETURNING id")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
