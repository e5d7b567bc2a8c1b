package shinrai.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/**
 * The named contacts of company customers. Only a company takes new contacts; a contact's mobile finds the company in
 * the search box like the company's own numbers do.
 */
@Service
@Transactional
public class FleetContacts {

    private static final String COLUMNS = "id, customer_id, name, role, e164, email, notes, is_primary";

    private final JdbcClient jdbc;

    FleetContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most contacts a page shows at once; the API pages through all of them. */
    public static final int SHOWN = 200;

    /** A customer's contacts, the primary one first, at most {@value #SHOWN}. */
    @Transactional(readOnly = true)
    public List<ContactPerson> of(long customerId) {
        return jdbc.sql(
                        "SELECT " + COLUMNS + " FROM customer.contact_person"
                                + " WHERE dealer_id = :dealer AND customer_id = :customer ORDER BY is_primary DESC, id LIMIT :limit")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .param("limit", SHOWN)
                .query((rs, row) -> contact(rs))
                .list();
    }

    /** One page of a customer's contacts in the order they were added: those after {@code afterId}. */
    @Transactional(readOnly = true)
    public List<ContactPerson> page(long customerId, long afterId, int limit) {
        return jdbc.sql(
                        "SELECT " + COLUMNS + " FROM customer.contact_person"
                                + " WHERE dealer_id = :dealer AND customer_id = :customer AND id > :after ORDER BY id LIMIT :limit")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, row) -> contact(rs))
                .list();
    }

    public ContactPerson add(long companyId, ContactDetails details) {
        check(details);
        lockCompany(companyId);
        if (details.primary()) {
            clearPrimary(companyId);
        }
        return jdbc.sql("""
                        INSERT INTO customer.contact_person
                            (dealer_id, customer_id, name, role, e164, email, notes, is_primary)
                        VALUES (:dealer, :customer, :name, :role, :e164, :email, :notes, :primary)
                        RETURNING
                        """ + COLUMNS)
                .paramSource(parameters(companyId, details).addValue("dealer", DealerScope.currentDealer()))
                .query((rs, row) -> contact(rs))
                .single();
    }

    public ContactPerson update(long companyId, long contactId, ContactDetails details) {
        check(details);
        lockCompany(companyId);
        if (details.primary()) {
            clearPrimary(companyId);
        }
        return jdbc.sql("""
                        UPDATE customer.contact_person SET name = :name, role = :role, e164 = :e164, email = :email,
                            notes = :notes, is_primary = :primary
                        WHERE id = :id AND customer_id = :customer
                        RETURNING
                        """ + COLUMNS)
                .paramSource(parameters(companyId, details).addValue("id", contactId))
                .query((rs, row) -> contact(rs))
                .optional()
                .orElseThrow(() -> new NotFound("contact", contactId));
    }

    /**
     * Removes a contact and answers with who it was. Allowed whatever the customer's kind, so contacts a merge brought
     * to a private person can be cleared.
     */
    public ContactPerson remove(long customerId, long contactId) {
        return jdbc.sql("DELETE FROM customer.contact_person WHERE id = :id AND customer_id = :customer RETURNING "
                        + COLUMNS)
                .param("id", contactId)
                .param("customer", customerId)
                .query((rs, row) -> contact(rs))
                .optional()
                .orElseThrow(() -> new NotFound("contact", contactId));
    }

    @Transactional(readOnly = true)
    public ContactPerson get(long customerId, long contactId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM customer.contact_person WHERE id = :id AND customer_id = :customer")
                .param("id", contactId)
                .param("customer", customerId)
                .query((rs, row) -> contact(rs))
                .optional()
                .orElseThrow(() -> new NotFound("contact", contactId));
    }

    /** A merge brings the duplicate's contacts along; the survivor's primary contact stays the primary one. */
    void moveAll(long fromCustomerId, long toCustomerId) {
        jdbc.sql("""
                        UPDATE customer.contact_person SET customer_id = :to,
                            is_primary = is_primary AND NOT EXISTS
                                (SELECT 1 FROM customer.contact_person WHERE customer_id = :to AND is_primary)
                        WHERE customer_id = :from""").param("to", toCustomerId).param("from", fromCustomerId).update();
    }

    /**
     * Locks the customer while its contacts change, so two advisors marking different primaries cannot collide, and
     * refuses anyone but a company.
     */
    private void lockCompany(long customerId) {
        record OnFile(boolean company, boolean merged) {}
        OnFile customer = jdbc.sql("SELECT kind = 'COMPANY', merged_into IS NOT NULL FROM customer.customer"
                        + " WHERE id = :id FOR UPDATE")
                .param("id", customerId)
                .query((rs, row) -> new OnFile(rs.getBoolean(1), rs.getBoolean(2)))
                .optional()
                .orElseThrow(() -> new NotFound("customer", customerId));
        if (!customer.company()) {
            throw new CustomerChangeRefused(null, "customer.error.contactsForCompaniesOnly");
        }
        if (customer.merged()) {
            // a merged record is found by nobody: its contacts belong on the survivor
            throw new CustomerChangeRefused(null, "customer.error.mergedRecord");
        }
    }

    private void clearPrimary(long customerId) {
        jdbc.sql("UPDATE customer.contact_person SET is_primary = false WHERE customer_id = :customer AND is_primary")
                .param("customer", customerId)
                .update();
    }

    private static void check(ContactDetails details) {
        if (details.name().isEmpty()) {
            throw new CustomerChangeRefused("name", "customer.error.contactNameRequired");
        }
        if (!details.email().isEmpty()
                && !CustomerBook.EMAIL.matcher(details.email()).matches()) {
            throw new CustomerChangeRefused("email", "customer.error.email");
        }
    }

    private static MapSqlParameterSource parameters(long customerId, ContactDetails details) {
        return new MapSqlParameterSource()
                .addValue("customer", customerId)
                .addValue("name", details.name())
                .addValue("role", details.role())
                .addValue("e164", details.mobile().e164())
                .addValue("email", details.email())
                .addValue("notes", details.notes())
                .addValue("primary", details.primary());
    }

    private static ContactPerson contact(ResultSet rs) throws SQLException {
        return new ContactPerson(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("name"),
                rs.getString("role"),
                MobileNumber.stored(rs.getString("e164")),
                rs.getString("email"),
                rs.getString("notes"),
                rs.getBoolean("is_primary"));
    }
}
