package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;

/**
 * A request's dealer is remembered between requests, and a change of it is never served late: the instance that
 * makes it sees it at once, every other instance as soon as the database announces it.
 */
@ApplicationTest
class DealerDirectoryTest {

    static final DealerScope D002 = DealerScope.systemFor(2);

    @Autowired
    DealerDirectory directory;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void aChangeMadeHereIsSeenAtOnce() {
        Dealer before = D002.call(directory::current);
        DealerProfile profile = before.profile();
        try {
            D002.run(() -> directory.updateProfile(withPhone(profile, "0571-8888 0001"), before.sendingHours()));

            assertThat(D002.call(directory::current).phone()).isEqualTo("0571-8888 0001");
        } finally {
            D002.run(() -> directory.updateProfile(profile, before.sendingHours()));
        }
        assertThat(D002.call(directory::current).phone()).isEqualTo(profile.phone());
    }

    @Test
    void aChangeMadeOutsideThisInstanceIsSeenWithinAMoment() {
        String phone = D002.call(directory::current).phone();
        JdbcClient sql = JdbcClient.create(owner);
        try {
            // as another instance of the application, or an operator with psql, would
            sql.sql("UPDATE dealer.dealer SET phone = '0571-8888 0002' WHERE id = 2")
                    .update();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (!D002.call(directory::current).phone().equals("0571-8888 0002") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(D002.call(directory::current).phone()).isEqualTo("0571-8888 0002");
        } finally {
            sql.sql("UPDATE dealer.dealer SET phone = :phone WHERE id = 2")
                    .param("phone", phone)
                    .update();
        }
    }

    private static DealerProfile withPhone(DealerProfile profile, String phone) {
        return new DealerProfile(
                profile.name(),
                profile.address(),
                phone,
                profile.opensAt(),
                profile.closesAt(),
                profile.timeZone(),
                profile.labourRate());
    }
}
