package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.VehicleRegister;

/** The vehicle page: readings and owners over time, a reading recorded, the car passed to a new owner. */
@ApplicationTest
class VehiclePageTest {

    static final DealerScope D001 = DealerScope.systemFor(1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CustomerBook book;

    @Autowired
    VehicleRegister vehicles;

    @Test
    void theCustomersPageLinksToTheVehicleWhichShowsItsReadingsNewestFirst() throws Exception {
        long owner = registerPerson("车辆页车主", "19873000001");
        long vehicle = registerVehicle(owner, "LVGBE40K0NP920001", "沪C92001");
        Instant start = Instant.parse("2025-01-10T02:00:00Z");
        D001.run(() -> {
            vehicles.recordOdometer(vehicle, reading(12_000, start));
            vehicles.recordOdometer(vehicle, reading(23_500, start.plus(Duration.ofDays(180))));
        });
        MockHttpSession advisor = signIn(mvc, "advisor");

        assertThat(mvc.get().uri("/customers/" + owner).session(advisor).exchange())
                .bodyText()
                .contains("/customers/" + owner + "/vehicles/" + vehicle);
        String page = mvc.get()
                .uri("/customers/" + owner + "/vehicles/" + vehicle)
                .session(advisor)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("沪C92001", "车辆页车主", "reading-form", "transfer-search");
        assertThat(page.indexOf("data-kilometres=\"23500\""))
                .as("the newest reading comes first")
                .isPositive()
                .isLessThan(page.indexOf("data-kilometres=\"12000\""));
    }

    @Test
    void aReadingBelowTheLastIsRefusedWithTheTranslatedReasonUnlessTheMeterWasReplaced() {
        long owner = registerPerson("里程车主", "19873000011");
        long vehicle = registerVehicle(owner, "LVGBE40K0NP920002", "沪C92002");
        D001.run(() -> vehicles.recordOdometer(vehicle, reading(50_000, Instant.now())));
        MockHttpSession advisor = signIn(mvc, "advisor");
        String odometer = "/customers/" + owner + "/vehicles/" + vehicle + "/odometer";

        assertThat(mvc.post()
                        .uri(odometer)
                        .session(advisor)
                        .with(csrf())
                        .param("kilometres", "400")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("is-invalid", "里程 400 小于上次记录的 50,000");
        assertThat(mvc.post()
                        .uri(odometer)
                        .session(advisor)
                        .cookie(new Cookie("shinrai-lang", "en"))
                        .with(csrf())
                        .param("kilometres", "400")
                        .exchange())
                .bodyText()
                .contains("the reading 400 is below the last one, 50,000");

        assertThat(mvc.post()
                        .uri(odometer)
                        .session(advisor)
                        .with(csrf())
                        .param("kilometres", "400")
                        .param("meterReplaced", "true")
                        .exchange())
                .hasRedirectedUrl("/customers/" + owner + "/vehicles/" + vehicle);
        assertThat(D001.call(() -> vehicles.lastReading(vehicle)).orElseThrow())
                .extracting(OdometerReading::kilometres, OdometerReading::meterReplaced)
                .containsExactly(400, true);
    }

    @Test
    void anAdvisorFindsTheNewOwnerAndTransfersTheCarWhichKeepsItsOwnershipHistory() {
        long seller = registerPerson("卖车人", "19873000021");
        long buyer = registerPerson("买车人", "19873000022");
        long vehicle = registerVehicle(seller, "LVGBE40K0NP920003", "沪C92003");
        MockHttpSession advisor = signIn(mvc, "advisor");
        String page = "/customers/" + seller + "/vehicles/" + vehicle;

        assertThat(mvc.get()
                        .uri(page + "/transfer-candidates?q=19873000022&reason=SOLD")
                        .header("HX-Request", "true")
                        .session(advisor)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("买车人", "data-customer=\"" + buyer + "\"", "name=\"_csrf\"")
                .doesNotContain("data-customer=\"" + seller + "\"");

        assertThat(mvc.post()
                        .uri(page + "/transfer")
                        .session(advisor)
                        .with(csrf())
                        .param("newOwnerId", String.valueOf(buyer))
                        .param("reason", "SOLD")
                        .exchange())
                .hasRedirectedUrl("/customers/" + buyer);

        assertThat(D001.call(() -> vehicles.get(vehicle).ownerId())).isEqualTo(buyer);
        assertThat(D001.call(() -> vehicles.ownershipHistory(vehicle)))
                .extracting(VehicleRegister.Ownership::customerId, VehicleRegister.Ownership::reason)
                .containsExactly(tuple(buyer, "SOLD"), tuple(seller, "REGISTERED"));
        assertThat(mvc.get().uri(page).session(advisor).exchange())
                .as("the seller's old address leads to the page under the new owner")
                .hasRedirectedUrl("/customers/" + buyer + "/vehicles/" + vehicle);
        assertThat(mvc.get()
                        .uri("/customers/" + buyer + "/vehicles/" + vehicle)
                        .session(advisor)
                        .exchange())
                .bodyText()
                .contains("卖车人", "买车人", "当前车主", "转卖");
    }

    @Test
    void theDetailsAreEditedButTheVinStays() {
        long owner = registerPerson("改车主", "19873000031");
        long vehicle = registerVehicle(owner, "LVGBE40K0NP920004", "沪C92004");
        String vin = D001.call(() -> vehicles.get(vehicle).vin().value());
        MockHttpSession advisor = signIn(mvc, "advisor");
        String edit = "/customers/" + owner + "/vehicles/" + vehicle + "/edit";

        assertThat(mvc.get().uri(edit).session(advisor).exchange())
                .hasStatusOk()
                .bodyText()
                .contains(vin, "沪C92004");
        assertThat(mvc.post()
                        .uri(edit)
                        .session(advisor)
                        .with(csrf())
                        .param("vin", vin)
                        .param("plate", "沪C92444")
                        .param("brand", "丰田")
                        .param("series", "凯美瑞")
                        .exchange())
                .hasRedirectedUrl("/customers/" + owner + "/vehicles/" + vehicle);
        assertThat(D001.call(() -> vehicles.get(vehicle).plate().value())).isEqualTo("沪C92444");

        assertThat(mvc.post()
                        .uri(edit)
                        .session(advisor)
                        .with(csrf())
                        .param("vin", "LFMKE40K7JP246813")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("车架号登记后不能修改");
    }

    @Test
    void aTechnicianSeesTheVehicleButChangesNothing() {
        long owner = registerPerson("只读车主", "19873000041");
        long other = registerPerson("别人", "19873000042");
        long vehicle = registerVehicle(owner, "LVGBE40K0NP920005", "沪C92005");
        MockHttpSession technician = signIn(mvc, "technician");
        String page = "/customers/" + owner + "/vehicles/" + vehicle;

        assertThat(mvc.get().uri(page).session(technician).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("沪C92005")
                .doesNotContain("reading-form", "transfer-search", "edit-vehicle");
        for (String action : List.of("/odometer", "/transfer", "/edit")) {
            assertThat(mvc.post()
                            .uri(page + action)
                            .session(technician)
                            .with(csrf())
                            .param("kilometres", "1")
                            .param("newOwnerId", String.valueOf(other))
                            .exchange())
                    .as(action)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(D001.call(() -> vehicles.get(vehicle).ownerId())).isEqualTo(owner);
    }

    @Test
    void aVehicleOfAnotherDealerIsNotFound() {
        long owner = registerPerson("隔离车主", "19873000051");
        long vehicle = registerVehicle(owner, "LVGBE40K0NP920006", "沪C92006");
        assertThat(mvc.get()
                        .uri("/customers/" + owner + "/vehicles/" + vehicle)
                        .session(signIn(mvc, "d2.advisor"))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    long registerPerson(String name, String mobile) {
        return D001.call(() ->
                book.register(CustomerSearchTest.person(name, mobile), true).id());
    }

    long registerVehicle(long owner, String vin, String plate) {
        return D001.call(() ->
                vehicles.register(owner, CustomerMergeTest.car(vin, plate)).id());
    }

    static OdometerReading reading(int kilometres, Instant at) {
        return new OdometerReading(kilometres, at, false, OdometerReading.Source.MANUAL);
    }
}
