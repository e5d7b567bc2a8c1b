package shinrai.dealer;

import org.springframework.data.repository.ListCrudRepository;

/** Dealers the current scope can see: one's own, or every dealer of the network for network staff. */
interface Dealers extends ListCrudRepository<Dealer, Long> {}
