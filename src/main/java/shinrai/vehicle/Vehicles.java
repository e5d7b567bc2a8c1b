package shinrai.vehicle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The current dealer's vehicles. */
interface Vehicles extends ListCrudRepository<Vehicle, Long> {

    Optional<Vehicle> findByVin(String vin);

    @Query("SELECT * FROM vehicle.vehicle WHERE owner_id IN (:owners) ORDER BY id")
    List<Vehicle> findByOwners(Collection<Long> owners);
}
