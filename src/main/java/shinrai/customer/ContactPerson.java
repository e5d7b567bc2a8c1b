package shinrai.customer;

/**
 * One of a company's named contacts: the fleet manager to call about the cars, a driver who brings one in, the
 * accounts clerk who pays. At most one is the primary contact.
 */
public record ContactPerson(
        long id,
        long customerId,
        String name,
        String role,
        MobileNumber mobile,
        String email,
        String notes,
        boolean primary) {}
