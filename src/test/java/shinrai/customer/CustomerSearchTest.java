package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.VehicleDetails;
import shinrai.vehicle.VehicleRegister;
import shinrai.vehicle.Vin;

/** The search box reads every kind of query staff type, and finds only the dealer's own customers. */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerSearchTest {

    static final DealerScope D001 = DealerScope.systemFor(1);
    static final DealerScope D002 = DealerScope.systemFor(2);

    // Unusual values so the demo data cannot match them by chance.
    static final String MOBILE = "19912345678";
    static final String VIN = "LVGBE40K9GP123457";
    static final String PLATE = "沪AQ7K29";

    @Autowired
    CustomerBook book;

    @Autowired
    CustomerSearch search;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    JdbcClient jdbc;

    long customerId;
    long companyId;

    @BeforeAll
    void registerKnownCustomers() {
        D001.run(() -> {
            customerId = book.register(person("欧阳晓晨", MOBILE), true).id();
            vehicles.register(customerId, details(VIN, PLATE));
            companyId =
                    book.register(company("上海星辰物流有限公司", "19987654321"), true).id();
        });
    }

    @Test
    void findsByTheFullMobileNumberInAnyNotation() {
        for (String typed : List.of(MOBILE, "199 1234 5678", "+86 199-1234-5678")) {
            assertThat(ids(D001, typed)).as(typed).contains(customerId);
        }
    }

    @Test
    void findsByTheLastFourDigitsOfTheMobile() {
        assertThat(ids(D001, "5678")).contains(customerId);
    }

    @Test
    void findsByPlateWithOrWithoutTheProvince() {
        assertThat(ids(D001, PLATE)).containsExactly(customerId);
        assertThat(ids(D001, "AQ7K29")).contains(customerId);
        assertThat(ids(D001, "aq7k29")).contains(customerId);
    }

    @Test
    void findsByTheFullVinOrItsLastSixOrEight() {
        assertThat(ids(D001, VIN)).containsExactly(customerId);
        assertThat(ids(D001, "123457")).contains(customerId);
        assertThat(ids(D001, "GP123457")).contains(customerId);
        assertThat(ids(D001, VIN.toLowerCase())).containsExactly(customerId);
    }

    @Test
    void findsByTheNameOrPartOfIt() {
        assertThat(ids(D001, "欧阳晓晨")).first().isEqualTo(customerId);
        assertThat(ids(D001, "晓晨")).contains(customerId);
        assertThat(ids(D001, "欧阳")).contains(customerId);
    }

    @Test
    void findsACompanyByPartOfItsName() {
        assertThat(ids(D001, "星辰物流")).contains(companyId);
    }

    @Test
    void tellsWhyEachCustomerMatched() {
        var hit = D001.call(() -> search.search("123457")).stream()
                .filter(h -> h.customer().id() == customerId)
                .findFirst()
                .orElseThrow();
        assertThat(hit.reason()).isEqualTo(CustomerSearch.Hit.Reason.VEHICLE);
        assertThat(hit.vehicle().vin()).isEqualTo(VIN);
    }

    @Test
    void anotherDealerFindsNothingOfIt() {
        for (String typed : List.of(MOBILE, "5678", PLATE, "AQ7K29", VIN, "123457", "欧阳晓晨", "星辰物流")) {
            assertThat(ids(D002, typed)).as(typed).doesNotContain(customerId, companyId);
        }
    }

    @Test
    void theNameLookupThatRunsAsTheOwnerAnswersOnlyWithinTheScope() {
        String lookup = "SELECT id FROM customer.customers_named(:dealer, :text, 20) id";
        assertThat(D001.call(() -> jdbc.sql(lookup)
                        .param("dealer", 1L)
                        .param("text", "欧阳晓晨")
                        .query(Long.class)
                        .list()))
                .containsExactly(customerId);
        assertThat(D002.call(() -> jdbc.sql(lookup)
                        .param("dealer", 1L)
                        .param("text", "欧阳晓晨")
                        .query(Long.class)
                        .list()))
                .isEmpty();
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(ids(D001, "   ")).isEmpty();
    }

    List<Long> ids(DealerScope scope, String query) {
        return scope.call(() -> search.search(query)).stream()
                .map(hit -> hit.customer().id())
                .toList();
    }

    static CustomerProfile person(String name, String mobile) {
        return new CustomerProfile(
                CustomerKind.PERSON,
                name,
                "",
                Gender.FEMALE,
                null,
                List.of(MobileNumber.of(mobile)),
                List.of(),
                "",
                "",
                "",
                null,
                CustomerSource.WALK_IN,
                Set.of(),
                null,
                ContactTime.ANY,
                "");
    }

    static CustomerProfile company(String name, String mobile) {
        return new CustomerProfile(
                CustomerKind.COMPANY,
                name,
                "",
                null,
                null,
                List.of(MobileNumber.of(mobile)),
                List.of(),
                "",
                "",
                "",
                null,
                CustomerSource.FLEET,
                Set.of(),
                null,
                ContactTime.ANY,
                "");
    }

    static VehicleDetails details(String vin, String plate) {
        return new VehicleDetails(
                Vin.of(vin), PlateNumber.of(plate), "丰田", "凯美瑞", "2.0G", 2016, "白", "", null, null, "", null);
    }
}
