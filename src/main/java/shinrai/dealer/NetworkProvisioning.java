package shinrai.dealer;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.database.SchemaOwner;

/**
 * Creates networks, their dealers and network staff. This is the platform operator's work, above any dealer, so
 * it runs as the schema owner; every call is idempotent (it returns what already exists).
 */
@Component
class NetworkProvisioning {

    private final JdbcClient owner;

    NetworkProvisioning(@SchemaOwner DataSource ownerDataSource) {
        this.owner = JdbcClient.create(ownerDataSource);
    }

    long network(String code, String name) {
        owner.sql("INSERT INTO dealer.network (code, name) VALUES (:code, :name) ON CONFLICT (code) DO NOTHING")
                .param("code", code)
                .param("name", name)
                .update();
        return owner.sql("SELECT id FROM dealer.network WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    long dealer(long networkId, String code, DealerProfile profile) {
        owner.sql("""
                        INSERT INTO dealer.dealer (network_id, code, name, address, phone, opens_at, closes_at,
                                                   time_zone, labour_rate)
                        VALUES (:network, :code, :name, :address, :phone, :opensAt, :closesAt, :timeZone, :rate)
                        ON CONFLICT (network_id, code) DO NOTHING""")
                .param("network", networkId)
                .param("code", code)
                .param("name", profile.name())
                .param("address", profile.address())
                .param("phone", profile.phone())
                .param("opensAt", profile.opensAt())
                .param("closesAt", profile.closesAt())
                .param("timeZone", profile.timeZone())
                .param("rate", profile.labourRate())
                .update();
        return owner.sql("SELECT id FROM dealer.dealer WHERE network_id = :network AND code = :code")
                .param("network", networkId)
                .param("code", code)
                .query(Long.class)
                .single();
    }

    /**
     * Someone who works above the dealers and belongs to none: a network analyst (reads across the network's
     * dealers) or operations (watches the installation, reads no dealer's data).
     */
    void networkAccount(
            long networkId, String username, String displayName, String passwordHash, Role role, boolean demo) {
        if (!role.isNetworkRole()) {
            throw new IllegalArgumentException(role + " belongs to a dealer");
        }
        owner.sql("""
                        INSERT INTO dealer.user_account (network_id, username, display_name, password_hash, roles, demo)
                        VALUES (:network, :username, :displayName, :hash, ARRAY[:role], :demo)
                        ON CONFLICT (lower(username)) DO NOTHING""")
                .param("network", networkId)
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("role", role.name())
                .param("demo", demo)
                .update();
    }

    /** Whether the installation has any account at all: a first start has none. */
    boolean anyAccount() {
        return owner.sql("SELECT exists(SELECT 1 FROM dealer.user_account)")
                .query(Boolean.class)
                .single();
    }

    boolean accountExists(String username) {
        return owner.sql("SELECT count(*) FROM dealer.user_account WHERE lower(username) = lower(:username)")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
