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

    /** A network analyst: reads across the network's dealers, belongs to none. */
    void networkAnalyst(long networkId, String username, String displayName, String passwordHash) {
        owner.sql("""
                        INSERT INTO dealer.user_account (network_id, username, display_name, password_hash, roles)
                        VALUES (:network, :username, :displayName, :hash, ARRAY['NETWORK_ANALYST'])
                        ON CONFLICT (lower(username)) DO NOTHING""")
                .param("network", networkId)
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .update();
    }

    boolean accountExists(String username) {
        return owner.sql("SELECT count(*) FROM dealer.user_account WHERE lower(username) = lower(:username)")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
