package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static shinrai.DemoAccounts.signIn;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.VehicleDetails;
import shinrai.vehicle.VehicleRegister;
import shinrai.vehicle.Vin;

/** Merging a duplicate loses nothing of either record, and leaves a trace. */
@ApplicationTest
class CustomerMergeTest {

    static final DealerScope D001 = DealerScope.systemFor(1);

    @Autowired
    CustomerBook book;

    @Autowired
    CustomerMerge merge;

    @Autowired
    CustomerSearch search;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    CustomerTimeline timeline;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void everythingOfTheDuplicateMovesToTheSurvivor() {
        long kept = D001.call(() -> book.register(profile("合并保留", "19833330001", "", Set.of(), "老客户"), true)
                .id());
        long duplicate = D001.call(
                () -> book.register(profile("合并重复", "19833330002", "dup@example.com", Set.of("VIP"), "另一张档案"), true)
                        .id());
        long keptCar = D001.call(() ->
                vehicles.register(kept, car("LVGBE40K0NP900001", "沪C90001")).id());
        long duplicateCar = D001.call(() -> vehicles.register(duplicate, car("LVGBE40K0NP900002", "沪C90002"))
                .id());
        D001.run(() -> {
            book.recordConsent(kept, ConsentChannel.SMS, true, ConsentMethod.SIGNED_FORM, "");
            book.recordConsent(duplicate, ConsentChannel.PHONE_CALL, true, ConsentMethod.VERBAL, "");
        });

        Customer survivor = D001.call(() -> merge.merge(kept, duplicate));

        CustomerProfile merged = survivor.profile();
        assertThat(merged.mobiles()).extracting(MobileNumber::national).containsExactly("19833330001", "19833330002");
        assertThat(merged.email()).isEqualTo("dup@example.com");
        assertThat(merged.tags()).contains("VIP");
        assertThat(merged.notes()).contains("老客户", "另一张档案");
        assertThat(D001.call(() -> vehicles.ownedBy(List.of(kept))))
                .extracting(v -> v.id())
                .containsExactlyInAnyOrder(keptCar, duplicateCar);
        assertThat(D001.call(() -> vehicles.ownershipHistory(duplicateCar)))
                .extracting(VehicleRegister.Ownership::customerId, VehicleRegister.Ownership::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(kept, "MERGED"),
                        org.assertj.core.groups.Tuple.tuple(duplicate, "REGISTERED"));
        assertThat(D001.call(() -> book.mayMarketTo(kept, ConsentChannel.PHONE_CALL)))
                .isTrue();
        assertThat(D001.call(() -> book.mayMarketTo(kept, ConsentChannel.SMS))).isTrue();

        Customer gone = D001.call(() -> book.get(duplicate));
        assertThat(gone.mergedInto()).isEqualTo(kept);
        assertThat(gone.name()).as("the duplicate stays on file").isEqualTo("合并重复");
        assertThat(D001.call(() -> search.search("19833330002")))
                .extracting(hit -> hit.customer().id())
                .containsExactly(kept);
        assertThat(JdbcClient.create(owner)
                        .sql("SELECT count(*) FROM audit.audit_event WHERE action = 'MERGE' AND entity_id = :id")
                        .param("id", kept + "<-" + duplicate)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(D001.call(() -> timeline.recent(kept, 20)))
                        .extracting(CustomerTimeline.Entry::summaryKey)
                        .contains("timeline.merged", "timeline.vehicleRegistered"));
    }

    @Test
    void aRecordIsMergedOnceAndNeverIntoItself() {
        long a = D001.call(() -> book.register(profile("甲", "19833330011", "", Set.of(), ""), true)
                .id());
        long b = D001.call(() -> book.register(profile("乙", "19833330012", "", Set.of(), ""), true)
                .id());
        assertThatThrownBy(() -> D001.run(() -> merge.merge(a, a)))
                .hasFieldOrPropertyWithValue("messageKey", "customer.error.mergeSelf");
        D001.run(() -> merge.merge(a, b));
        assertThatThrownBy(() -> D001.run(() -> merge.merge(a, b)))
                .hasFieldOrPropertyWithValue("messageKey", "customer.error.alreadyMerged");
    }

    @Test
    void theMergeNoticesSayWhichRecordInWordsNotPlaceholders() {
        long kept = D001.call(() -> book.register(profile("戊", "19833330031", "", Set.of(), ""), true)
                .id());
        long duplicate = D001.call(() -> book.register(profile("己", "19833330032", "", Set.of(), ""), true)
                .id());
        var manager = signIn(mvc, "manager");

        var refused = mvc.post()
                .uri("/customers/" + kept + "/merge")
                .param("duplicate", String.valueOf(Long.MAX_VALUE))
                .session(manager)
                .with(csrf())
                .exchange();
        assertThat(refused).flash().containsEntry("problem", "error.notFound").containsKey("problemArguments");
        assertThat(mvc.get()
                        .uri("/customers/" + kept)
                        .session(manager)
                        .flashAttrs(refused.getMvcResult().getFlashMap())
                        .exchange())
                .bodyText()
                .contains("客户（编号 " + Long.MAX_VALUE + "）不存在")
                .doesNotContain("{0}", "{1}");
        var merged = mvc.post()
                .uri("/customers/" + kept + "/merge")
                .param("duplicate", String.valueOf(duplicate))
                .session(manager)
                .with(csrf())
                .exchange();
        assertThat(merged)
                .flash()
                .containsEntry("notice", "customer.merged")
                .hasEntrySatisfying(
                        "noticeArguments",
                        arguments -> assertThat((Object[]) arguments).containsExactly(String.valueOf(duplicate)));
    }

    @Test
    void onlyAManagerMayMerge() {
        long a = D001.call(() -> book.register(profile("丙", "19833330021", "", Set.of(), ""), true)
                .id());
        long b = D001.call(() -> book.register(profile("丁", "19833330022", "", Set.of(), ""), true)
                .id());
        assertThat(mvc.get()
                        .uri("/customers/" + a)
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .bodyText()
                .doesNotContain("merge-box");
        assertThat(mvc.post()
                        .uri("/customers/" + a + "/merge")
                        .param("duplicate", String.valueOf(b))
                        .session(signIn(mvc, "advisor"))
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        var manager = signIn(mvc, "manager");
        assertThat(mvc.get()
                        .uri("/customers/" + a + "/merge?duplicate=" + b)
                        .session(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("丙", "丁", "confirm-merge");
        assertThat(mvc.post()
                        .uri("/customers/" + a + "/merge")
                        .param("duplicate", String.valueOf(b))
                        .session(manager)
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/customers/" + a);
        assertThat(mvc.get().uri("/customers/" + b).session(manager).exchange())
                .bodyText()
                .contains("merged-banner");
    }

    static CustomerProfile profile(String name, String mobile, String email, Set<String> tags, String notes) {
        return new CustomerProfile(
                CustomerKind.PERSON,
                name,
                "",
                null,
                null,
                List.of(MobileNumber.of(mobile)),
                List.of(),
                email,
                "",
                "",
                null,
                CustomerSource.WALK_IN,
                tags,
                null,
                ContactTime.ANY,
                notes);
    }

    static VehicleDetails car(String vin, String plate) {
        String valid = vin.substring(0, 8) + shinrai.vehicle.Vin.checkDigitFor(vin) + vin.substring(9);
        return new VehicleDetails(
                Vin.of(valid), PlateNumber.of(plate), "丰田", "卡罗拉", "", 2022, "", "", null, null, "", null);
    }
}
