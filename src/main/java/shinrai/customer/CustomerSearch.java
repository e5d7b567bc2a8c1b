package shinrai.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.VehicleRegister;
import shinrai.vehicle.VehicleRegister.VehicleMatch;

/**
 * The search box on every page. One text, read the ways staff type it: a full mobile number or its last four
 * digits (the customer's own or a company contact's), a plate with or without the province character, a full VIN or
 * its last six or eight characters, a person's name or part of it, a company name. Every kind is an index lookup
 * that leads with the dealer.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSearch {

    static final int LIMIT = 20;

    private static final Pattern FULL_MOBILE = Pattern.compile("(\\+?86|0086)?1\\d{10}");
    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern FULL_VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    private static final Pattern VIN_TAIL = Pattern.compile("[A-HJ-NPR-Z0-9]{6}|[A-HJ-NPR-Z0-9]{8}");
    private static final Pattern PLATE_WITH_PROVINCE = Pattern.compile("\\p{IsHan}[A-Z][A-Z0-9]{4,6}\\p{IsHan}{0,2}");
    private static final Pattern PLATE_TAIL = Pattern.compile("[A-Z][A-HJ-NP-Z0-9]{4,6}\\p{IsHan}{0,2}");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{IsHan}\\p{L}]");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final String OWN_PHONES = "customer.phone";
    private static final String CONTACT_PHONES = "customer.contact_person";

    private final JdbcClient jdbc;
    private final CustomerBook book;
    private final VehicleRegister vehicles;

    CustomerSearch(JdbcClient jdbc, CustomerBook book, VehicleRegister vehicles) {
        this.jdbc = jdbc;
        this.book = book;
        this.vehicles = vehicles;
    }

    /** Customers matching the text, best matches first, with the vehicle that matched if any. */
    public List<Hit> search(String text) {
        return search(text, LIMIT);
    }

    /** Up to {@code limit} matches, loaded in full. */
    public List<Hit> search(String text, int limit) {
        Matches matches = match(text, limit);
        return book.getAll(matches.ids()).stream()
                .filter(customer -> !customer.isMerged())
                .limit(limit)
                .map(customer -> new Hit(
                        customer,
                        matches.reasons().get(customer.id()),
                        matches.vehicles().get(customer.id())))
                .toList();
    }

    /**
     * The ids of up to {@code limit} matching customers, best first, without loading them: an export pages
     * through these in chunks so its memory stays bounded however many match.
     */
    public List<Long> matchingIds(String text, int limit) {
        return match(text, limit).ids();
    }

    private Matches match(String text, int limit) {
        String query = text == null ? "" : text.strip();
        Map<Long, Hit.Reason> reasons = new LinkedHashMap<>();
        Map<Long, VehicleMatch> matchedVehicles = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return new Matches(reasons, matchedVehicles);
        }
        String compact = query.replaceAll("[\\s\\-·•.]", "").toUpperCase(Locale.ROOT);
        long dealer = DealerScope.currentDealer();

        if (FULL_MOBILE.matcher(compact).matches()) {
            mobile(compact).ifPresent(mobile -> {
                phones(dealer, OWN_PHONES, "e164", mobile.e164(), Hit.Reason.MOBILE, reasons, limit);
                phones(dealer, CONTACT_PHONES, "e164", mobile.e164(), Hit.Reason.CONTACT_MOBILE, reasons, limit);
            });
        } else if (LAST_FOUR.matcher(compact).matches()) {
            phones(dealer, OWN_PHONES, "last_four", compact, Hit.Reason.MOBILE_LAST_FOUR, reasons, limit);
            phones(dealer, CONTACT_PHONES, "last_four", compact, Hit.Reason.CONTACT_MOBILE_LAST_FOUR, reasons, limit);
        }
        List<VehicleMatch> byVehicle = new ArrayList<>();
        if (FULL_VIN.matcher(compact).matches() || VIN_TAIL.matcher(compact).matches()) {
            byVehicle.addAll(vehicles.withVinEndingIn(compact, limit));
        }
        if (PLATE_WITH_PROVINCE.matcher(compact).matches()) {
            plate(compact).ifPresent(plate -> byVehicle.addAll(vehicles.withPlate(plate.value(), limit)));
        } else if (PLATE_TAIL.matcher(compact).matches()) {
            byVehicle.addAll(vehicles.withPlateTail(compact, limit));
        }
        for (VehicleMatch match : byVehicle) {
            if (match.ownerId() != null) {
                reasons.putIfAbsent(match.ownerId(), Hit.Reason.VEHICLE);
                matchedVehicles.putIfAbsent(match.ownerId(), match);
            }
        }
        if (mayBeAName(query, reasons) && reasons.size() < limit) {
            names(dealer, query, limit).forEach(id -> reasons.putIfAbsent(id, Hit.Reason.NAME));
        }
        return new Matches(reasons, matchedVehicles);
    }

    /**
     * Whether the text is worth looking up among names: it has letters or characters, and it is not a number, plate
     * or VIN that already found its customers. Names hold no digits; a plate or VIN that matched would otherwise also
     * be searched for among the names, which costs more than every other lookup together and finds nothing.
     */
    private static boolean mayBeAName(String query, Map<Long, Hit.Reason> found) {
        return HAS_WORD.matcher(query).find()
                && (found.isEmpty() || !HAS_DIGIT.matcher(query).find());
    }

    private record Matches(Map<Long, Hit.Reason> reasons, Map<Long, VehicleMatch> vehicles) {
        List<Long> ids() {
            return new ArrayList<>(reasons.keySet());
        }
    }

    /**
     * Customers reachable on a number, by the full E.164 number or its stored last four digits, in their own phones or
     * their contacts' (both tables name the columns alike). Both are equalities: under row-level security an index
     * serves only leakproof operators, which LIKE is not.
     */
    private void phones(
            long dealer,
            String table,
            String column,
            String value,
            Hit.Reason reason,
            Map<Long, Hit.Reason> into,
            int limit) {
        if (into.size() >= limit) {
            return; // the customers' own numbers filled the page; their contacts need not be looked up
        }
        jdbc.sql("SELECT DISTINCT customer_id FROM " + table + " WHERE dealer_id = :dealer AND " + column
                        + " = :value LIMIT :limit")
                .param("dealer", dealer)
                .param("value", value)
                .param("limit", limit)
                .query(Long.class)
                .list()
                .forEach(id -> into.putIfAbsent(id, reason));
    }

    /**
     * Names containing the text, exact names first. The name-gram index cannot serve array containment under
     * row-level security, so customer.customers_named looks them up as the owner, within the connection's scope.
     */
    private List<Long> names(long dealer, String text, int limit) {
        return jdbc.sql("SELECT id FROM customer.customers_named(:dealer, :text, :limit) id")
                .param("dealer", dealer)
                .param("text", text)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    private static java.util.Optional<MobileNumber> mobile(String text) {
        try {
            return java.util.Optional.of(MobileNumber.of(text));
        } catch (BusinessRuleViolation notAMobile) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<PlateNumber> plate(String text) {
        try {
            return java.util.Optional.of(PlateNumber.of(text));
        } catch (BusinessRuleViolation notAPlate) {
            return java.util.Optional.empty();
        }
    }

    /** A customer the search found, why, and the vehicle that matched when it was a VIN or plate. */
    public record Hit(
            Customer customer, Reason reason, @Nullable VehicleMatch vehicle) {

        public enum Reason {
            MOBILE,
            MOBILE_LAST_FOUR,
            CONTACT_MOBILE,
            CONTACT_MOBILE_LAST_FOUR,
            VEHICLE,
            NAME
        }
    }
}
