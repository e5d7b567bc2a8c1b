package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleRegister;

/**
 * A step starts from the order as the step before it saved it, remembered rather than read again; memory only saves
 * the read, it never decides what the order is.
 */
@ApplicationTest
class RememberedRepairOrdersTest {

    @Autowired
    Workshop workshop;

    @Autowired
    RememberedRepairOrders remembered;

    @Autowired
    DataSource app;

    WorkshopFixtures fixtures;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired CustomerBook customers, @Autowired VehicleRegister vehicles, @Autowired Clock clock) {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
    }

    @Test
    void atEveryStageOfTheLaneTheRememberedOrderIsTheOrderAsStored() {
        isRememberedAsStored(fixtures.opened());
        isRememberedAsStored(fixtures.estimated());
        isRememberedAsStored(fixtures.approved());
        isRememberedAsStored(fixtures.signed());
        isRememberedAsStored(fixtures.repaired());
        isRememberedAsStored(fixtures.passedFinalCheck());
        RepairOrder delivered = fixtures.delivered();
        isRememberedAsStored(delivered);
        isRememberedAsStored(fixtures.as("cashier")
                .call(() -> workshop.takePayment(
                        delivered.id(), delivered.version(), PaymentMethod.CASH, Money.yuan("100.00"), "收据 1")));
    }

    private void isRememberedAsStored(RepairOrder order) {
        RepairOrder stored = fixtures.as("advisor").call(() -> workshop.get(order.id()));
        assertThat(remembered.at(WorkshopFixtures.D001, order.id(), order.version()))
                .as("%s at version %d", order.status(), order.version())
                .hasValueSatisfying(
                        memory -> assertThat(memory).usingRecursiveComparison().isEqualTo(stored));
    }

    @Test
    void anOrderIsRememberedForItsOwnDealerAndItsLatestVersionOnly() {
        RepairOrder approved = fixtures.approved();

        assertThat(remembered.at(WorkshopFixtures.D001, approved.id(), approved.version()))
                .isPresent();
        assertThat(remembered.at(WorkshopFixtures.D001, approved.id(), approved.version() - 1))
                .isEmpty();
        assertThat(remembered.at(WorkshopFixtures.D001 + 1, approved.id(), approved.version()))
                .isEmpty();
    }

    @Test
    void aStepOnARememberedOrderThatAnotherServerSavedMeanwhileIsRefusedWithWhoSavedItAndWritesNothing() {
        RepairOrder approved = fixtures.approved();
        long foreman = fixtures.staffId("foreman").value();
        // what another instance of the application saving the order looks like from this one
        fixtures.as("foreman")
                .run(() -> JdbcClient.create(app)
                        .sql("""
                        UPDATE workshop.repair_order SET version = version + 1, changed_by = :foreman,
                            changed_at = now()
                        WHERE id = :id""")
                        .param("foreman", foreman)
                        .param("id", approved.id().value())
                        .update());

        assertThatThrownBy(() -> fixtures.as("advisor")
                        .run(() -> workshop.addLabour(approved.id(), approved.version(), "B-PADF", Payer.CUSTOMER, "")))
                .isInstanceOfSatisfying(RepairOrderChangedMeanwhile.class, stale -> {
                    assertThat(stale.arguments()[0]).isEqualTo(displayName(foreman));
                    assertThat((String) stale.arguments()[1]).matches("\\d{2}:\\d{2}");
                });
        RepairOrder stored = fixtures.as("advisor").call(() -> workshop.get(approved.id()));
        assertThat(stored.lines()).hasSameSizeAs(approved.lines());
        assertThat(stored.version()).isEqualTo(approved.version() + 1);
    }

    @Test
    void aStepWhoseTransactionRollsBackIsForgottenAndTheOrderIsTakenAsStored(
            @Autowired PlatformTransactionManager transactions) {
        RepairOrder approved = fixtures.approved();

        fixtures.as("foreman")
                .run(() -> new TransactionTemplate(transactions).executeWithoutResult(rollingBack -> {
                    workshop.dispatch(approved.id(), approved.version(), 1, fixtures.staffId("technician"));
                    rollingBack.setRollbackOnly();
                }));

        assertThat(remembered.at(WorkshopFixtures.D001, approved.id(), approved.version() + 1))
                .isEmpty();
        RepairOrder dispatched = fixtures.as("foreman")
                .call(() -> workshop.dispatch(approved.id(), approved.version(), 1, fixtures.staffId("technician")));
        assertThat(dispatched.version()).isEqualTo(approved.version() + 1);
        assertThat(dispatched.lines().get(0).technician()).isEqualTo(fixtures.staffId("technician"));
    }

    private String displayName(long staff) {
        return fixtures.as("advisor")
                .call(() -> JdbcClient.create(app)
                        .sql("SELECT display_name FROM dealer.user_account WHERE id = :id")
                        .param("id", staff)
                        .query(String.class)
                        .single());
    }
}
