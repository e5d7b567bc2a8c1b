package shinrai.messaging;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.audit.AuditedTable;
import shinrai.shared.DealerScope;
import shinrai.shared.PersonalData;

/**
 * How the audit log reads the outbox: a message is "预约 #23 的确认短信", its address is masked as the contact detail
 * its channel makes it, and its text, which greets the customer by name, is withheld from readers who may not see
 * contact details.
 */
@Component
class OutboxInTheAuditLog implements AuditedTable {

    private final JdbcClient jdbc;

    OutboxInTheAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String table() {
        return "messaging.outbox_message";
    }

    @Override
    public @Nullable PersonalData personal(String column, Map<String, @Nullable String> row) {
        return switch (column) {
            case "address" -> addressIn(row.get("channel"));
            case "body" -> PersonalData.TEXT;
            default -> null;
        };
    }

    private static PersonalData addressIn(@Nullable String channel) {
        return switch (channel == null ? "" : channel) {
            case "SMS" -> PersonalData.MOBILE;
            case "EMAIL" -> PersonalData.EMAIL;
            case "WECHAT" -> PersonalData.WECHAT_ID;
            case "LETTER" -> PersonalData.ADDRESS;
            // an update of a message does not carry its channel: mask as the strictest
            default -> PersonalData.TEXT;
        };
    }

    @Override
    public Map<String, String> valueLabels() {
        return Map.of(
                "channel", "consent.channel.",
                "status", "outbox.status.",
                "topic", "outbox.topic.",
                "purpose", "audit.value.purpose.");
    }

    @Override
    public Map<Long, MessageSourceResolvable> labels(Collection<Long> ids) {
        return jdbc
                .sql("""
                        SELECT id, channel, topic, reference FROM messaging.outbox_message
                        WHERE dealer_id = :dealer AND id IN (:ids)""")
                .param("dealer", DealerScope.currentDealer())
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        rs.getLong("id"),
                        label(rs.getString("topic"), rs.getString("reference"), rs.getString("channel"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** "预约 #23 的确认短信": the topic's own wording about what the reference names, and the channel. */
    private static MessageSourceResolvable label(String topic, String reference, String channel) {
        String about = reference.contains(":") ? reference.substring(reference.indexOf(':') + 1) : reference;
        return new DefaultMessageSourceResolvable(
                new String[] {"audit.record.outbox." + topic, "audit.record.outbox"},
                new Object[] {about, new DefaultMessageSourceResolvable("consent.channel." + channel), reference});
    }
}
