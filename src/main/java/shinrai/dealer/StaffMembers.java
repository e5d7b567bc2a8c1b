package shinrai.dealer;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The staff of the current dealer (row-level security keeps every other dealer's out of sight), by username. */
interface StaffMembers extends ListCrudRepository<StaffMember, Long> {

    @Query("SELECT * FROM dealer.user_account ORDER BY enabled DESC, username")
    List<StaffMember> findAllInDisplayOrder();
}
