package shinrai.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.PublicLink;
import shinrai.dealer.PublicLinks;
import shinrai.messaging.MessagePurpose;
import shinrai.messaging.OutboundMessage;
import shinrai.messaging.Outbox;
import shinrai.messaging.QueuedMessage;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;
import shinrai.shared.NotFound;
import shinrai.shared.PersonalData;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;

/**
 * The links a customer follows without signing in: the progress page of their car (维修进度) and the approval of work
 * found during the repair (增项确认). The advisor sends them through the outbox (a service message about the open job,
 * so the customer's withdrawn channels are respected) or copies them; the pages read the order in the dealer's scope
 * that the verified link names, and show only what the customer needs.
 */
@Service
@Transactional
public class CustomerLinks {

    /** The progress link works until then at most; the page itself closes {@link #SHOWN_AFTER_DELIVERY} after delivery. */
    static final Duration PROGRESS_LINK_LIFETIME = Duration.ofDays(30);

    static final Duration SHOWN_AFTER_DELIVERY = Duration.ofDays(7);

    /** An approval is asked for now: a link left a day is not an answer to rely on. */
    static final Duration APPROVAL_LINK_LIFETIME = Duration.ofHours(24);

    static final String PROGRESS_TOPIC = "REPAIR_PROGRESS_LINK";
    static final String APPROVAL_TOPIC = "SUPPLEMENT_APPROVAL_LINK";
    public static final String PROGRESS_PATH = "/p/progress/";
    public static final String APPROVAL_PATH = "/p/approval/";

    private final RepairOrders orders;
    private final PublicLinks links;
    private final Outbox outbox;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final DealerDirectory dealers;
    private final Clock clock;

    CustomerLinks(
            RepairOrders orders,
            PublicLinks links,
            Outbox outbox,
            CustomerBook customers,
            VehicleRegister vehicles,
            DealerDirectory dealers,
            Clock clock) {
        this.orders = orders;
        this.links = links;
        this.outbox = outbox;
        this.customers = customers;
        this.vehicles = vehicles;
        this.dealers = dealers;
        this.clock = clock;
    }

    /**
     * The progress link of an order, to copy; {@code baseUrl} is where customers reach this server
     * ({@link shinrai.dealer.PublicAddress#baseUrl()}, as every caller passes it).
     */
    @Transactional(readOnly = true)
    public IssuedLink progressLink(RepairOrderId id, String baseUrl) {
        RepairOrder order = order(id);
        Instant expiresAt = clock.instant().plus(PROGRESS_LINK_LIFETIME);
        String token = links.issue(new PublicLink(
                order.dealerId(),
                PublicLink.Purpose.REPAIR_PROGRESS,
                id.value(),
                List.of(),
                DealerScope.current().userId(),
                expiresAt));
        return new IssuedLink(baseUrl + PROGRESS_PATH + token, expiresAt, List.of());
    }

    /** Sends the progress link to the customer, on the first channel the outbox may use; says so when none. */
    public SentLink sendProgressLink(RepairOrderId id, String baseUrl) {
        RepairOrder order = order(id);
        IssuedLink link = progressLink(id, baseUrl);
        return send(order, link, PROGRESS_TOPIC, "message.repairOrder.progressLink");
    }

    /**
     * A link for the customer to approve or decline the supplements waiting for their answer, for an integrator to
     * deliver; it offers exactly those lines, and expires after {@link #APPROVAL_LINK_LIFETIME}.
     */
    @Transactional(readOnly = true)
    public IssuedLink supplementLink(RepairOrderId id, String baseUrl) {
        RepairOrder order = order(id);
        List<Integer> waiting = order.lines().stream()
                .filter(line -> line.supplement() && line.approval() == LineApproval.PROPOSED)
                .map(RepairOrderLine::number)
                .toList();
        if (!order.status().isOpen() || waiting.isEmpty()) {
            throw new StepRefused("repairOrder.refused.noSupplementWaiting");
        }
        Long sender = DealerScope.current().userId();
        if (sender == null) {
            throw new StepRefused("repairOrder.refused.signInRequired");
        }
        Instant expiresAt = clock.instant().plus(APPROVAL_LINK_LIFETIME);
        String token = links.issue(new PublicLink(
                order.dealerId(), PublicLink.Purpose.SUPPLEMENT_APPROVAL, id.value(), waiting, sender, expiresAt));
        return new IssuedLink(baseUrl + APPROVAL_PATH + token, expiresAt, waiting);
    }

    /** Sends the customer the {@link #supplementLink}; says so when it cannot go out. */
    public SentLink sendSupplementLink(RepairOrderId id, String baseUrl) {
        return send(order(id), supplementLink(id, baseUrl), APPROVAL_TOPIC, "message.repairOrder.supplementLink");
    }

    /**
     * The progress page's content for a verified link, in the dealer's scope the link names; empty once the car was
     * delivered more than {@link #SHOWN_AFTER_DELIVERY} ago.
     */
    @Transactional(readOnly = true)
    public Optional<CustomerProgress> progress(PublicLink link) {
        RepairOrder order = order(new RepairOrderId(link.subject()));
        Instant now = clock.instant();
        if (order.deliveredAt() != null && now.isAfter(order.deliveredAt().plus(SHOWN_AFTER_DELIVERY))) {
            return Optional.empty();
        }
        Dealer dealer = dealers.current();
        Vehicle vehicle = vehicles.get(order.vehicle().value());
        return Optional.of(new CustomerProgress(
                order.number(),
                dealer.name(),
                dealer.phone(),
                vehicle.description(),
                maskedPlate(vehicle),
                CustomerStage.of(order.status()),
                order.promisedAt(),
                order.deliveredAt(),
                CustomerProgress.Timing.of(order.promisedAt(), order.deliveredAt(), now),
                order.lines().stream().anyMatch(l -> l.supplement() && l.approval() == LineApproval.PROPOSED),
                dealer.zone()));
    }

    /** The supplement approval page's content for a verified link, in the dealer's scope the link names. */
    @Transactional(readOnly = true)
    public SupplementOffer supplementOffer(PublicLink link) {
        RepairOrder order = order(new RepairOrderId(link.subject()));
        Set<Integer> offered = Set.copyOf(link.items());
        List<RepairOrderLine> lines = order.lines().stream()
                .filter(line -> offered.contains(line.number()))
                .toList();
        if (lines.size() != offered.size() || lines.stream().anyMatch(line -> !line.supplement())) {
            throw new NotFound("repairOrder", link.subject());
        }
        Dealer dealer = dealers.current();
        Vehicle vehicle = vehicles.get(order.vehicle().value());
        Money offeredTotal = Money.sum(lines.stream()
                .filter(line -> line.approval() != LineApproval.DECLINED)
                .map(RepairOrderLine::amount)
                .toList());
        Money approvedBefore = Money.sum(order.lines().stream()
                .filter(line -> !offered.contains(line.number()) && line.approval() == LineApproval.APPROVED)
                .map(RepairOrderLine::amount)
                .toList());
        return new SupplementOffer(
                order.number(),
                order.version(),
                dealer.name(),
                dealer.phone(),
                vehicle.description(),
                maskedPlate(vehicle),
                lines.stream()
                        .map(line -> new SupplementOffer.Line(
                                line.number(),
                                line.description(),
                                line.reason(),
                                line.amount(),
                                line.payer(),
                                line.approval()))
                        .toList(),
                offeredTotal,
                approvedBefore.plus(offeredTotal),
                lines.stream().anyMatch(line -> line.approval() != LineApproval.PROPOSED));
    }

    /** Where this approval link went, masked as on every page: for the evidence of the customer's answer. */
    @Transactional(readOnly = true)
    Optional<String> sentTo(RepairOrderId id, PublicLink link) {
        String token = links.issue(link);
        return outbox.about(List.of(reference(id))).stream()
                .filter(message ->
                        message.topic().equals(APPROVAL_TOPIC) && message.body().contains(token))
                .reduce((first, second) -> second)
                .map(CustomerLinks::maskedAddress);
    }

    private SentLink send(RepairOrder order, IssuedLink link, String topic, String messageKey) {
        Vehicle vehicle = vehicles.get(order.vehicle().value());
        Optional<QueuedMessage> queued = outbox.enqueue(new OutboundMessage(
                order.customer().value(),
                MessagePurpose.OPEN_JOB,
                topic,
                reference(order.id()),
                clock.instant(),
                messageKey,
                List.of(dealers.current().name(), vehicle.label(), link.url())));
        if (queued.isPresent()) {
            QueuedMessage message = queued.get();
            return new SentLink(link, maskedAddress(message), message.channel().name(), message.dueAt(), null);
        }
        return new SentLink(
                link,
                null,
                null,
                null,
                whyNotSent(customers.get(order.customer().value())));
    }

    /** The customer cannot be reached at all, or has withdrawn every channel they can be reached on. */
    private static String whyNotSent(Customer customer) {
        boolean reachable = customer.primaryMobile() != null
                || !customer.profile().wechatId().isBlank()
                || !customer.profile().email().isBlank();
        return reachable ? "workshop.link.notSent.withdrawn" : "workshop.link.notSent.noAddress";
    }

    private static String maskedAddress(QueuedMessage message) {
        PersonalData kind = switch (message.channel()) {
            case SMS, PHONE_CALL -> PersonalData.MOBILE;
            case WECHAT -> PersonalData.WECHAT_ID;
            case EMAIL -> PersonalData.EMAIL;
            case LETTER -> PersonalData.ADDRESS;
        };
        return kind.masked(message.address());
    }

    /** 粤B***45: enough for the customer to know their car, not enough to find it. */
    static String maskedPlate(Vehicle vehicle) {
        String plate = vehicle.plate() == null ? "" : vehicle.plate().value();
        int length = plate.codePointCount(0, plate.length());
        if (length <= 4) {
            return length == 0 ? "" : plate.substring(0, plate.offsetByCodePoints(0, 1)) + "***";
        }
        int keepStart = plate.offsetByCodePoints(0, 2);
        int keepEnd = plate.offsetByCodePoints(plate.length(), -2);
        return plate.substring(0, keepStart) + "*".repeat(length - 4) + plate.substring(keepEnd);
    }

    private static String reference(RepairOrderId id) {
        return "repair-order:" + id.value();
    }

    private RepairOrder order(RepairOrderId id) {
        return orders.find(id).orElseThrow(() -> new NotFound("repairOrder", id));
    }

    /**
     * A link made for the customer.
     *
     * @param items the supplement lines an approval link offers
     */
    public record IssuedLink(String url, Instant expiresAt, Collection<Integer> items) {}

    /**
     * A link and how it went out: the masked address, channel and time it is due to go (the dealer's sending hours
     * may hold it), or the message key saying why it could not be sent.
     */
    public record SentLink(
            IssuedLink link,
            @Nullable String sentTo,
            @Nullable String channel,
            @Nullable Instant dueAt,
            @Nullable String notSent) {

        public boolean sent() {
            return notSent == null;
        }
    }
}
