package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/** A fleet customer's named contacts: kept per company, found by their mobiles, carried along by a merge. */
@ApplicationTest
class FleetContactsTest {

    static final DealerScope D001 = DealerScope.systemFor(1);
    static final DealerScope D002 = DealerScope.systemFor(2);

    @Autowired
    CustomerBook book;

    @Autowired
    FleetContacts contacts;

    @Autowired
    CustomerSearch search;

    @Autowired
    CustomerMerge merge;

    @Test
    void aCompanyKeepsItsContactsWithOnePrimaryListedFirst() {
        long company = registerCompany("上海顺达物流有限公司");
        D001.run(() -> {
            contacts.add(company, contact("王车队", "车队经理", "19870000001", true));
            contacts.add(company, contact("李司机", "司机", "19870000002", false));
            contacts.add(company, contact("赵会计", "财务", "19870000003", true));
        });

        assertThat(D001.call(() -> contacts.of(company)))
                .extracting(ContactPerson::name, ContactPerson::primary)
                .containsExactly(tuple("赵会计", true), tuple("王车队", false), tuple("李司机", false));
    }

    @Test
    void aContactIsChangedAndRemoved() {
        long company = registerCompany("苏州锦程商贸有限公司");
        ContactPerson added = D001.call(() -> contacts.add(company, contact("孙主管", "", "19870000011", false)));

        ContactPerson changed =
                D001.call(() -> contacts.update(company, added.id(), contact("孙主管", "行政主管", "19870000012", true)));
        assertThat(changed.role()).isEqualTo("行政主管");
        assertThat(changed.mobile().national()).isEqualTo("19870000012");
        assertThat(changed.primary()).isTrue();

        D001.run(() -> contacts.remove(company, added.id()));
        assertThat(D001.call(() -> contacts.of(company))).isEmpty();
    }

    @Test
    void onlyACompanyTakesContacts() {
        long person = D001.call(() -> book.register(CustomerSearchTest.person("个人客户", "19870000021"), true)
                .id());
        assertThatThrownBy(() -> D001.run(() -> contacts.add(person, contact("某人", "", "19870000022", false))))
                .isInstanceOf(CustomerChangeRefused.class)
                .hasFieldOrPropertyWithValue("messageKey", "customer.error.contactsForCompaniesOnly");
    }

    @Test
    void aContactNeedsAName() {
        long company = registerCompany("宁波远航汽车租赁有限公司");
        assertThatThrownBy(() -> D001.run(() -> contacts.add(company, contact(" ", "", "19870000031", false))))
                .hasFieldOrPropertyWithValue("messageKey", "customer.error.contactNameRequired")
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void theSearchFindsTheCompanyByAContactsFullMobileOrItsLastFour() {
        long company = registerCompany("杭州鸿运物流有限公司");
        D001.run(() -> contacts.add(company, contact("周司机", "司机", "19870007341", false)));

        for (String typed : List.of("19870007341", "198 7000 7341", "+86 198-7000-7341")) {
            assertThat(D001.call(() -> search.search(typed)))
                    .as(typed)
                    .extracting(hit -> hit.customer().id(), CustomerSearch.Hit::reason)
                    .containsExactly(tuple(company, CustomerSearch.Hit.Reason.CONTACT_MOBILE));
        }
        assertThat(D001.call(() -> search.search("7341")))
                .extracting(hit -> hit.customer().id(), CustomerSearch.Hit::reason)
                .contains(tuple(company, CustomerSearch.Hit.Reason.CONTACT_MOBILE_LAST_FOUR));
    }

    @Test
    void mergingCompaniesMovesTheDuplicatesContactsAndKeepsTheSurvivorsPrimary() {
        long kept = registerCompany("上海恒通建设工程有限公司");
        long duplicate = registerCompany("上海恒通建设工程公司");
        D001.run(() -> {
            contacts.add(kept, contact("钱经理", "车队经理", "19870000041", true));
            contacts.add(duplicate, contact("吴经理", "车队经理", "19870000042", true));
            contacts.add(duplicate, contact("郑司机", "司机", "19870000043", false));
        });

        D001.run(() -> merge.merge(kept, duplicate));

        assertThat(D001.call(() -> contacts.of(kept)))
                .extracting(ContactPerson::name, ContactPerson::primary)
                .containsExactly(tuple("钱经理", true), tuple("吴经理", false), tuple("郑司机", false));
        assertThat(D001.call(() -> contacts.of(duplicate))).isEmpty();
        assertThat(D001.call(() -> search.search("19870000043")))
                .extracting(hit -> hit.customer().id())
                .containsExactly(kept);
        assertThatThrownBy(() -> D001.run(() -> contacts.add(duplicate, contact("王司机", "司机", "19870000044", false))))
                .as("the merged record takes no new contacts: nobody would find them")
                .isInstanceOfSatisfying(
                        CustomerChangeRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("customer.error.mergedRecord"));
    }

    @Test
    void anotherDealerNeitherSeesNorFindsNorChangesAContact() {
        long company = registerCompany("上海东方科技有限公司");
        ContactPerson added = D001.call(() -> contacts.add(company, contact("冯经理", "", "19870000051", true)));

        assertThat(D002.call(() -> contacts.of(company))).isEmpty();
        assertThat(D002.call(() -> search.search("19870000051"))).isEmpty();
        assertThatThrownBy(() -> D002.run(() -> contacts.remove(company, added.id())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() ->
                        D002.run(() -> contacts.update(company, added.id(), contact("冒名", "", "19870000052", false))))
                .isInstanceOf(NotFound.class);
        assertThat(D001.call(() -> contacts.of(company)))
                .extracting(ContactPerson::name)
                .containsExactly("冯经理");
    }

    long registerCompany(String name) {
        return D001.call(() -> book.register(company(name), true).id());
    }

    static CustomerProfile company(String name) {
        return new CustomerProfile(
                CustomerKind.COMPANY,
                name,
                "",
                null,
                null,
                List.of(),
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

    static ContactDetails contact(String name, String role, String mobile, boolean primary) {
        return new ContactDetails(name, role, MobileNumber.of(mobile), "", "", primary);
    }
}
