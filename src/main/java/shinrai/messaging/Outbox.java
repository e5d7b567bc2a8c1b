package shinrai.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.ConsentChannel;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.DealerScope;

/**
 * The one way a message to a customer leaves Shinrai. It is written in the caller's transaction, so a booking and
 * its confirmation are committed together or not at all. The outbox picks the first channel, in the order customers
 * prefer (SMS, WeChat, e-mail), on which the customer can be reached and the message's purpose is allowed by the
 * customer's consents; with none, nothing is queued and the caller is told so. Messages that ring the customer's
 * phone (SMS, WeChat) wait for the dealer's sending hours: one due at night falls due when the hours open.
 */
@Service
@Transactional
public class Outbox {

    static final List<ConsentChannel> PREFERENCE =
            List.of(ConsentChannel.SMS, ConsentChannel.WECHAT, ConsentChannel.EMAIL);

    /** Channels that reach the customer's phone at once, and so keep to the dealer's sending hours. */
    static final Set<ConsentChannel> RINGS_THE_PHONE = EnumSet.of(ConsentChannel.SMS, ConsentChannel.WECHAT);

    /** Customers get messages in Chinese until the profile records another language. */
    private static final Locale CUSTOMER_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final JdbcClient jdbc;
    private final CustomerBook customers;
    private final MessageSource texts;
    private final DealerDirectory dealers;
    private final Clock clock;

    Outbox(JdbcClient jdbc, CustomerBook customers, MessageSource texts, DealerDirectory dealers, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.texts = texts;
        this.dealers = dealers;
        this.clock = clock;
    }

    /** Queues the message on the customer's first permitted channel; empty when the customer cannot be messaged. */
    public Optional<QueuedMessage> enqueue(OutboundMessage message) {
        return enqueueAll(List.of(message)).stream().findFirst();
    }

    /**
     * Queues each message that can go out, reading each customer and their consents once and writing them all in one
     * statement; the queued, in order.
     */
    public List<QueuedMessage> enqueueAll(List<OutboundMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<Long, Customer> recipients = new java.util.HashMap<>();
        Map<Long, Map<ConsentChannel, Boolean>> consents = new java.util.HashMap<>();
        List<Queuing> queuing = new java.util.ArrayList<>();
        Dealer dealer = dealers.current();
        for (OutboundMessage message : messages) {
            Customer customer = recipients.computeIfAbsent(message.customerId(), customers::get);
            Map<ConsentChannel, Boolean> answers =
                    consents.computeIfAbsent(message.customerId(), customers::standingAnswers);
            PREFERENCE.stream()
                    .filter(channel -> addressOn(channel, customer) != null)
                    .filter(channel -> message.purpose().allows(channel, answers))
                    .findFirst()
                    .ifPresent(channel -> queuing.add(new Queuing(
                            message,
                            channel,
                            java.util.Objects.requireNonNull(addressOn(channel, customer)),
                            due(message, channel, dealer))));
        }
        return insertAll(queuing);
    }

    /** Withdraws the pending messages of one topic about a record, e.g. the reminder of a cancelled appointment. */
    public int cancel(String reference, String topic) {
        return jdbc.sql("""
                        UPDATE messaging.outbox_message SET status = 'CANCELLED', cancelled_at = :now
                        WHERE dealer_id = :dealer AND reference = :reference AND topic = :topic AND status = 'PENDING'""")
                .param("now", Timestamp.from(clock.instant()))
                .param("dealer", DealerScope.currentDealer())
                .param("reference", reference)
                .param("topic", topic)
                .update();
    }

    /** Every message about these records, oldest first, in one query. */
    @Transactional(readOnly = true)
    public List<QueuedMessage> about(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE dealer_id = :dealer AND reference IN (:references) ORDER BY created_at, id")
                .param("dealer", DealerScope.currentDealer())
                .param("references", references)
                .query(Outbox::row)
                .list();
    }

    /** The newest messages of the dealer, for the outbox page; keyset-paged by id. */
    @Transactional(readOnly = true)
    public List<QueuedMessage> newest(@Nullable Long beforeId, int limit) {
        return jdbc.sql(SELECT + " WHERE dealer_id = :dealer AND id < :before ORDER BY id DESC LIMIT :limit")
                .param("dealer", DealerScope.currentDealer())
                .param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .param("limit", limit)
                .query(Outbox::row)
                .list();
    }

    /** When the message may go: as asked, or when the dealer's sending hours next open for a phone channel. */
    private static Instant due(OutboundMessage message, ConsentChannel channel, Dealer dealer) {
        return RINGS_THE_PHONE.contains(channel)
                ? dealer.sendingHours().earliestFrom(message.dueAt(), dealer.zone())
                : message.dueAt();
    }

    /** A message on its way in: the channel and address it goes to, and when. */
    private record Queuing(OutboundMessage message, ConsentChannel channel, String address, Instant due) {}

    /** The messages in one statement, in the order given (their ids rise in that order). */
    private List<QueuedMessage> insertAll(List<Queuing> queuing) {
        if (queuing.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("""
                        INSERT INTO messaging.outbox_message
                            (dealer_id, customer_id, channel, address, purpose, topic, reference, body, due_at, created_at)
                        SELECT :dealer, customer_id, channel, address, purpose, topic, reference, body, due_at, :now
                        FROM unnest(CAST(:customers AS bigint[]), CAST(:channels AS text[]), CAST(:addresses AS text[]),
                            CAST(:purposes AS text[]), CAST(:topics AS text[]), CAST(:references AS text[]),
                            CAST(:bodies AS text[]), CAST(CAST(:dues AS text[]) AS timestamptz[]))
                            WITH ORDINALITY AS m(customer_id, channel, address, purpose, topic, reference, body, due_at, n)
                        ORDER BY n
                        RETURNING""" + " " + COLUMNS)
                .param("dealer", DealerScope.currentDealer())
                .param("customers", column(queuing, q -> q.message().customerId(), Long[]::new), Types.ARRAY)
                .param("channels", column(queuing, q -> q.channel().name(), String[]::new), Types.ARRAY)
                .param("addresses", column(queuing, Queuing::address, String[]::new), Types.ARRAY)
                .param("purposes", column(queuing, q -> q.message().purpose().name(), String[]::new), Types.ARRAY)
                .param("topics", column(queuing, q -> q.message().topic(), String[]::new), Types.ARRAY)
                .param("references", column(queuing, q -> q.message().reference(), String[]::new), Types.ARRAY)
                .param("bodies", column(queuing, this::body, String[]::new), Types.ARRAY)
                // instants as ISO text, which PostgreSQL casts to timestamptz exactly
                .param("dues", column(queuing, q -> q.due().toString(), String[]::new), Types.ARRAY)
                .param("now", Timestamp.from(clock.instant()))
                .query(Outbox::row)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingLong(QueuedMessage::id))
                .toList();
    }

    private String body(Queuing queuing) {
        OutboundMessage message = queuing.message();
        return texts.getMessage(message.messageKey(), message.arguments().toArray(), CUSTOMER_LANGUAGE);
    }

    private static <T> T[] column(
            List<Queuing> queuing,
            java.util.function.Function<Queuing, T> value,
            java.util.function.IntFunction<T[]> array) {
        return queuing.stream().map(value).toArray(array);
    }

    private static @Nullable String addressOn(ConsentChannel channel, Customer customer) {
        return switch (channel) {
            case SMS ->
                customer.primaryMobile() == null
                        ? null
                        : customer.primaryMobile().e164();
            case WECHAT -> blankToNull(customer.profile().wechatId());
            case EMAIL -> blankToNull(customer.profile().email());
            case PHONE_CALL, LETTER -> null;
        };
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static final String COLUMNS = """
             id, customer_id, channel, address, purpose, topic, reference, body, due_at, status, created_at,
             cancelled_at""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM messaging.outbox_message";

    private static QueuedMessage row(ResultSet rs, int row) throws SQLException {
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new QueuedMessage(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                ConsentChannel.valueOf(rs.getString("channel")),
                rs.getString("address"),
                MessagePurpose.valueOf(rs.getString("purpose")),
                rs.getString("topic"),
                rs.getString("reference"),
                rs.getString("body"),
                rs.getTimestamp("due_at").toInstant(),
                QueuedMessage.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                cancelled == null ? null : cancelled.toInstant());
    }
}
