package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;

/** The customers of an import batch go in together, as one by one would have put them in. */
@ApplicationTest
class ImportedCustomersTest {

    static final DealerScope D002 = DealerScope.systemFor(2);

    @Autowired
    CustomerBook book;

    @Autowired
    @shinrai.database.SchemaOwner
    javax.sql.DataSource owner;

    @Test
    void idsComeBackInTheOrderTheCustomersWereGiven() {
        List<CustomerProfile> profiles = List.of(
                CustomerSearchTest.person("批量三", "13944440003"),
                CustomerSearchTest.person("批量一", "13944440001"),
                CustomerSearchTest.company("批量二有限公司", "13944440002"));

        List<Long> ids = D002.call(() -> book.registerImportedAll(profiles, "batch.csv"));

        assertThat(D002.call(() -> book.getAll(ids)))
                .extracting(Customer::profile)
                .containsExactlyElementsOf(profiles);
        assertThat(D002.call(() -> book.idsByMobile(List.of(MobileNumber.of("13944440001")))))
                .containsValue(ids.get(1));
    }

    @Test
    void aCustomerIsStoredAsOneByOneStoresIt() {
        // the preferred advisor is one of D002's own: the database refuses another dealer's staff
        long advisor = org.springframework.jdbc.core.simple.JdbcClient.create(owner)
                .sql("SELECT id FROM dealer.user_account WHERE username = 'd2.advisor'")
                .query(Long.class)
                .single();
        CustomerProfile everything = new CustomerProfile(
                CustomerKind.PERSON,
                "批量全",
                "",
                Gender.MALE,
                LocalDate.of(1980, 5, 6),
                List.of(MobileNumber.of("13944441001"), MobileNumber.of("13944441002")),
                // the same number again as a landline keeps its first kind, as it does one by one
                List.of(PhoneNumber.of("021-58886666"), PhoneNumber.of("13944441001")),
                "quan@example.com",
                "wx_quan",
                "杭州市 西湖区",
                IdCardNumber.of("11010519491231002X"),
                CustomerSource.IMPORT,
                new LinkedHashSet<>(List.of("VIP", "老\"客\"户\\", "{a,b}", "")),
                advisor,
                ContactTime.EVENING,
                "爱喝茶");

        long alone = D002.call(() -> book.registerImported(everything, "one.csv"));
        long together = D002.call(() -> book.registerImportedAll(List.of(everything), "all.csv"))
                .get(0);

        Customer one = D002.call(() -> book.get(alone));
        Customer all = D002.call(() -> book.get(together));
        assertThat(all.profile()).isEqualTo(one.profile());
        assertThat(all.profile().tags()).contains("老\"客\"户\\", "{a,b}");
        assertThat(all.profile().preferredContactTime()).isEqualTo(ContactTime.EVENING);
        assertThat(all.profile().otherPhones()).containsExactly(PhoneNumber.of("021-58886666"));
    }

    @Test
    void oneCustomerTheBookRefusesStopsTheWholeBatch() {
        CustomerProfile noPhone = new CustomerProfile(
                CustomerKind.PERSON,
                "批量无电话",
                "",
                null,
                null,
                List.of(),
                List.of(),
                "",
                "",
                "",
                null,
                CustomerSource.IMPORT,
                Set.of(),
                null,
                ContactTime.ANY,
                "");

        assertThatThrownBy(() -> D002.run(() -> book.registerImportedAll(
                        List.of(CustomerSearchTest.person("批量先", "13944442001"), noPhone), "bad.csv")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(refused.violations())
                                .extracting(BusinessRuleViolation::field)
                                .containsExactly("mobile"));
        assertThat(D002.call(() -> book.idsByMobile(List.of(MobileNumber.of("13944442001")))))
                .isEmpty();
    }

    @Test
    void companiesAreFoundByTheirExactNameTheFirstOnFileFirst() {
        long first = D002.call(() -> book.register(CustomerSearchTest.company("批量同名公司", "13944443001"), true)
                .id());
        D002.run(() -> book.register(CustomerSearchTest.company("批量同名公司", "13944443002"), true));
        D002.run(() -> book.register(CustomerSearchTest.person("批量个人", "13944443003"), true));

        assertThat(D002.call(() -> book.companiesNamed(List.of("批量同名公司", "批量个人", "批量同名", "批量同名公司"))))
                .containsExactly(java.util.Map.entry("批量同名公司", first));
    }
}
