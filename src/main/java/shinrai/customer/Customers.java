package shinrai.customer;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current dealer's customers, in plain SQL. Phones are written as a difference (rows added and removed), so
 * the audit log records exactly which number changed.
 */
@Repository
class Customers {

    private static final String COLUMNS = "id, dealer_id, kind, name, surname, gender, birthday, email, wechat_id,"
            + " address, id_card_number, source, tags, preferred_advisor_id, preferred_contact_time, notes, merged_into, created_at,"
            + " version";
    private static final String COLUMNS_OF_C = COLUMNS.replaceAll("(\\w+)", "c.$1");

    private final JdbcClient jdbc;

    Customers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long dealerId, CustomerProfile profile) {
        long id = jdbc.sql("""
                        INSERT INTO customer.customer (dealer_id, kind, name, surname, gender, birthday, email,
                            wechat_id, address, id_card_number, source, tags, preferred_advisor_id,
                            preferred_contact_time, notes)
                        VALUES (:dealer, :kind, :name, :surname, :gender, :birthday, :email, :wechat, :address,
                            :idCard, :source, :tags, :advisor, :contactTime, :notes)
                        RETURNING id""")
                .paramSource(profileParameters(profile).addValue("dealer", dealerId))
                .query(Long.class)
                .single();
        insertPhones(dealerId, id, profile);
        return id;
    }

    /**
     * Inserts many customers with their phones, in two statements whatever their number, and returns their ids in
     * the order given: the rows are selected in the order of their ordinality, so they are inserted, numbered and
     * returned in it. Each column is one array parameter; the values are those {@link #insert} writes.
     */
    List<Long> insertAll(long dealerId, List<CustomerProfile> profiles) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                        INSERT INTO customer.customer (dealer_id, kind, name, surname, gender, birthday, email,
                            wechat_id, address, id_card_number, source, tags, preferred_advisor_id,
                            preferred_contact_time, notes)
                        SELECT :dealer, kind, name, surname, gender, birthday, email, wechat, address, id_card, source,
                            CAST(tags AS text[]), advisor, contact_time, notes
                        FROM unnest(CAST(:kinds AS text[]), CAST(:names AS text[]), CAST(:surnames AS text[]),
                            CAST(:genders AS text[]), CAST(:birthdays AS date[]), CAST(:emails AS text[]),
                            CAST(:wechats AS text[]), CAST(:addresses AS text[]), CAST(:idCards AS text[]),
                            CAST(:sources AS text[]), CAST(:tags AS text[]), CAST(:advisors AS bigint[]),
                            CAST(:contactTimes AS text[]), CAST(:notes AS text[]))
                            WITH ORDINALITY AS p(kind, name, surname, gender, birthday, email, wechat, address,
                                id_card, source, tags, advisor, contact_time, notes, n)
                        ORDER BY n
                        RETURNING id""")
                .param("dealer", dealerId)
                .param("kinds", column(profiles, p -> p.kind().name()), Types.ARRAY)
                .param("names", column(profiles, CustomerProfile::name), Types.ARRAY)
                .param("surnames", column(profiles, CustomerProfile::surname), Types.ARRAY)
                .param(
                        "genders",
                        column(
                                profiles,
                                p -> p.gender() == null ? null : p.gender().name()),
                        Types.ARRAY)
                .param(
                        "birthdays",
                        column(
                                profiles,
                                p -> p.birthday() == null ? null : p.birthday().toString()),
                        Types.ARRAY)
                .param("emails", column(profiles, CustomerProfile::email), Types.ARRAY)
                .param("wechats", column(profiles, CustomerProfile::wechatId), Types.ARRAY)
                .param("addresses", column(profiles, CustomerProfile::address), Types.ARRAY)
                .param(
                        "idCards",
                        column(
                                profiles,
                                p -> p.idCardNumber() == null
                                        ? ""
                                        : p.idCardNumber().value()),
                        Types.ARRAY)
                .param("sources", column(profiles, p -> p.source().name()), Types.ARRAY)
                .param(
                        "tags",
                        column(
                                profiles,
                                p -> TextArrayLiteral.of(
                                        p.tags().stream().sorted().toList())),
                        Types.ARRAY)
                .param(
                        "advisors",
                        profiles.stream()
                                .map(CustomerProfile::preferredAdvisorId)
                                .toArray(Long[]::new),
                        Types.ARRAY)
                .param(
                        "contactTimes",
                        column(profiles, p -> p.preferredContactTime().stored()),
                        Types.ARRAY)
                .param("notes", column(profiles, CustomerProfile::notes), Types.ARRAY)
                .query(Long.class)
                .list();
        insertAllPhones(dealerId, ids, profiles);
        return ids;
    }

    void update(Customer current, CustomerProfile profile) {
        int updated = jdbc.sql("""
                        UPDATE customer.customer SET kind = :kind, name = :name, surname = :surname, gender = :gender,
                            birthday = :birthday, email = :email, wechat_id = :wechat, address = :address,
                            id_card_number = :idCard, source = :source, tags = :tags, preferred_advisor_id = :advisor,
                            preferred_contact_time = :contactTime, notes = :notes, version = version + 1
                        WHERE id = :id AND version = :version""")
                .paramSource(
                        profileParameters(profile).addValue("id", current.id()).addValue("version", current.version()))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("customer " + current.id() + " changed meanwhile");
        }
        writePhones(current.dealerId(), current.id(), profile);
    }

    void markMerged(long id, long survivorId) {
        jdbc.sql("UPDATE customer.customer SET merged_into = :survivor, version = version + 1 WHERE id = :id")
                .param("survivor", survivorId)
                .param("id", id)
                .update();
    }

    Optional<Customer> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /**
     * Customers by id, phones included, in one statement whatever the number of customers: each row carries its
     * customer's numbers and their kinds as two arrays in the phones' order.
     */
    List<Customer> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Customer> found = jdbc.sql("SELECT " + COLUMNS_OF_C + """
                        , p.numbers, p.kinds
                        FROM customer.customer c
                        LEFT JOIN LATERAL (
                            SELECT array_agg(e164 ORDER BY position, e164) AS numbers,
                                   array_agg(kind ORDER BY position, e164) AS kinds
                            FROM customer.phone
                            WHERE dealer_id = c.dealer_id AND customer_id = c.id) p ON true
                        WHERE c.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, row) ->
                        customer(rs, phones(rs.getLong("id"), rs.getArray("numbers"), rs.getArray("kinds"))))
                .list();
        Map<Long, Customer> byId = found.stream().collect(Collectors.toMap(Customer::id, c -> c));
        return ids.stream().distinct().map(byId::get).filter(c -> c != null).toList();
    }

    private static List<PhoneRow> phones(long customerId, @Nullable Array numbers, @Nullable Array kinds)
            throws SQLException {
        if (numbers == null || kinds == null) {
            return List.of();
        }
        String[] e164 = (String[]) numbers.getArray();
        String[] kind = (String[]) kinds.getArray();
        List<PhoneRow> rows = new ArrayList<>(e164.length);
        for (int i = 0; i < e164.length; i++) {
            rows.add(new PhoneRow(customerId, e164[i], kind[i]));
        }
        return rows;
    }

    /** Other customers of this dealer reachable on one of these mobiles: likely duplicates. */
    List<Long> withAnyMobile(Collection<MobileNumber> mobiles, long excluding) {
        if (mobiles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT p.customer_id FROM customer.phone p
                        JOIN customer.customer c ON c.dealer_id = p.dealer_id AND c.id = p.customer_id
                        WHERE p.e164 IN (:numbers) AND p.customer_id <> :excluding AND c.merged_into IS NULL""")
                .param("numbers", mobiles.stream().map(MobileNumber::e164).toList())
                .param("excluding", excluding)
                .query(Long.class)
                .list();
    }

    /** A new customer has no phones to compare with: just add them. */
    private void insertPhones(long dealerId, long customerId, CustomerProfile profile) {
        int position = 0;
        for (PhoneRow phone : phoneRows(customerId, profile)) {
            jdbc.sql("""
                            INSERT INTO customer.phone (dealer_id, customer_id, e164, kind, position)
                            VALUES (:dealer, :customer, :e164, :kind, :position) ON CONFLICT DO NOTHING""")
                    .param("dealer", dealerId)
                    .param("customer", customerId)
                    .param("e164", phone.e164())
                    .param("kind", phone.kind())
                    .param("position", position++)
                    .update();
        }
    }

    /**
     * The phones of many new customers in one statement. Positions count as {@link #insertPhones} counts them, and
     * the rows go in in that order, so a number given twice keeps its first kind and position there too.
     */
    private void insertAllPhones(long dealerId, List<Long> customerIds, List<CustomerProfile> profiles) {
        List<Long> customers = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            int position = 0;
            for (PhoneRow phone : phoneRows(customerIds.get(i), profiles.get(i))) {
                customers.add(phone.customerId());
                numbers.add(phone.e164());
                kinds.add(phone.kind());
                positions.add(position++);
            }
        }
        if (customers.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO customer.phone (dealer_id, customer_id, e164, kind, position)
                        SELECT :dealer, customer_id, e164, kind, position
                        FROM unnest(CAST(:customers AS bigint[]), CAST(:numbers AS text[]), CAST(:kinds AS text[]),
                            CAST(:positions AS int[])) WITH ORDINALITY AS p(customer_id, e164, kind, position, n)
                        ORDER BY n
                        ON CONFLICT DO NOTHING""")
                .param("dealer", dealerId)
                .param("customers", customers.toArray(Long[]::new), Types.ARRAY)
                .param("numbers", numbers.toArray(String[]::new), Types.ARRAY)
                .param("kinds", kinds.toArray(String[]::new), Types.ARRAY)
                .param("positions", positions.toArray(Integer[]::new), Types.ARRAY)
                .update();
    }

    /** One text column of a multi-row insert. */
    private static String[] column(List<CustomerProfile> profiles, Function<CustomerProfile, @Nullable String> value) {
        return profiles.stream().map(value).toArray(String[]::new);
    }

    private static List<PhoneRow> phoneRows(long customerId, CustomerProfile profile) {
        List<PhoneRow> rows = new ArrayList<>();
        profile.mobiles().forEach(m -> rows.add(new PhoneRow(customerId, m.e164(), "MOBILE")));
        profile.otherPhones().forEach(p -> rows.add(new PhoneRow(customerId, p.e164(), "OTHER")));
        return rows;
    }

    private void writePhones(long dealerId, long customerId, CustomerProfile profile) {
        List<PhoneRow> wanted = phoneRows(customerId, profile);
        List<String> numbers = new ArrayList<>(
                wanted.stream().map(PhoneRow::e164).collect(Collectors.toCollection(LinkedHashSet::new)));
        jdbc.sql("DELETE FROM customer.phone WHERE customer_id = :customer"
                        + (numbers.isEmpty() ? "" : " AND e164 NOT IN (:numbers)"))
                .param("customer", customerId)
                .param("numbers", numbers.isEmpty() ? List.of("-") : numbers)
                .update();
        int position = 0;
        for (PhoneRow phone : wanted) {
            jdbc.sql("""
                            INSERT INTO customer.phone (dealer_id, customer_id, e164, kind, position)
                            VALUES (:dealer, :customer, :e164, :kind, :position)
                            ON CONFLICT (dealer_id, customer_id, e164)
                            DO UPDATE SET kind = EXCLUDED.kind, position = EXCLUDED.position
                            WHERE (customer.phone.kind, customer.phone.position)
                                  IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.position)""")
                    .param("dealer", dealerId)
                    .param("customer", customerId)
                    .param("e164", phone.e164())
                    .param("kind", phone.kind())
                    .param("position", position++)
                    .update();
        }
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource profileParameters(
            CustomerProfile profile) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("kind", profile.kind().name())
                .addValue("name", profile.name())
                .addValue("surname", profile.surname())
                .addValue(
                        "gender",
                        profile.gender() == null ? null : profile.gender().name(),
                        java.sql.Types.VARCHAR)
                .addValue(
                        "birthday",
                        profile.birthday() == null ? null : Date.valueOf(profile.birthday()),
                        java.sql.Types.DATE)
                .addValue("email", profile.email())
                .addValue("wechat", profile.wechatId())
                .addValue("address", profile.address())
                .addValue(
                        "idCard",
                        profile.idCardNumber() == null
                                ? ""
                                : profile.idCardNumber().value())
                .addValue("source", profile.source().name())
                .addValue("tags", profile.tags().stream().sorted().toArray(String[]::new), java.sql.Types.ARRAY)
                .addValue("advisor", profile.preferredAdvisorId(), java.sql.Types.BIGINT)
                .addValue("contactTime", profile.preferredContactTime().stored(), java.sql.Types.VARCHAR)
                .addValue("notes", profile.notes());
    }

    private static Customer customer(ResultSet rs, List<PhoneRow> phones) throws SQLException {
        Date birthday = rs.getDate("birthday");
        String idCard = rs.getString("id_card_number");
        String gender = rs.getString("gender");
        CustomerProfile profile = new CustomerProfile(
                CustomerKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("surname"),
                gender == null ? null : Gender.valueOf(gender),
                birthday == null ? null : birthday.toLocalDate(),
                phones.stream()
                        .filter(p -> p.kind().equals("MOBILE"))
                        .map(p -> MobileNumber.stored(p.e164()))
                        .toList(),
                phones.stream()
                        .filter(p -> p.kind().equals("OTHER"))
                        .map(p -> PhoneNumber.stored(p.e164()))
                        .toList(),
                rs.getString("email"),
                rs.getString("wechat_id"),
                rs.getString("address"),
                idCard == null || idCard.isEmpty() ? null : new IdCardNumber(idCard),
                CustomerSource.valueOf(rs.getString("source")),
                new LinkedHashSet<>(strings(rs.getArray("tags"))),
                rs.getObject("preferred_advisor_id", Long.class),
                ContactTime.ofStored(rs.getString("preferred_contact_time")),
                rs.getString("notes"));
        return new Customer(
                rs.getLong("id"),
                rs.getLong("dealer_id"),
                profile,
                rs.getObject("merged_into", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private record PhoneRow(long customerId, String e164, String kind) {}
}
