package testdata.blocking_call_on_event_loop;

import java.util.Optional;

/** Customer lookups; the only implementation in this project is JdbcCustomerRepository. */
public interface CustomerRepository {

    String findEmail(long customerId);

    Optional<String> findPhone(long customerId);

    boolean exists(long customerId);
}
