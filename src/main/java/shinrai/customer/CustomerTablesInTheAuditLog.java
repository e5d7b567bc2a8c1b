package shinrai.customer;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.audit.AuditedTable;
import shinrai.shared.DealerScope;
import shinrai.shared.PersonalData;

/**
 * How the audit log reads the customer module's tables: customers by name, and their contact details masked by the
 * same rules as the 360° page ({@link Disclosure}).
 */
@Configuration(proxyBeanMethods = false)
class CustomerTablesInTheAuditLog {

    @Bean
    AuditedTable customersInTheAuditLog(JdbcClient jdbc) {
        return new AuditedTable() {
            private static final Map<String, PersonalData> PERSONAL = Map.of(
                    "email", PersonalData.EMAIL,
                    "wechat_id", PersonalData.WECHAT_ID,
                    "address", PersonalData.ADDRESS,
                    "birthday", PersonalData.BIRTHDAY,
                    "id_card_number", PersonalData.ID_CARD);

            @Override
            public String table() {
                return "customer.customer";
            }

            @Override
            public @Nullable PersonalData personal(String column, Map<String, @Nullable String> row) {
                return PERSONAL.get(column);
            }

            @Override
            public Set<String> internalColumns() {
                return Set.of("name_grams");
            }

            @Override
            public Map<String, String> valueLabels() {
                return Map.of(
                        "kind",
                        "customer.kind.",
                        "gender",
                        "customer.gender.",
                        "source",
                        "customer.source.",
                        "preferred_contact_time",
                        "customer.contactTime.");
            }

            @Override
            public Map<Long, MessageSourceResolvable> labels(Collection<Long> ids) {
                return jdbc
                        .sql("SELECT id, name FROM customer.customer WHERE dealer_id = :dealer AND id IN (:ids)")
                        .param("dealer", DealerScope.currentDealer())
                        .param("ids", ids)
                        .query((rs, n) -> Map.entry(
                                rs.getLong("id"), AuditedTable.named(table(), rs.getLong("id"), rs.getString("name"))))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            }
        };
    }

    @Bean
    AuditedTable phonesInTheAuditLog() {
        return new AuditedTable() {
            @Override
            public String table() {
                return "customer.phone";
            }

            @Override
            public @Nullable PersonalData personal(String column, Map<String, @Nullable String> row) {
                if (!"e164".equals(column)) {
                    return null;
                }
                return "OTHER".equals(row.get("kind")) ? PersonalData.PHONE : PersonalData.MOBILE;
            }

            @Override
            public Set<String> internalColumns() {
                return Set.of("last_four", "customer_id");
            }

            @Override
            public Map<String, String> valueLabels() {
                return Map.of("kind", "audit.value.phone.");
            }
        };
    }

    @Bean
    AuditedTable contactsInTheAuditLog() {
        return new AuditedTable() {
            @Override
            public String table() {
                return "customer.contact_person";
            }

            @Override
            public @Nullable PersonalData personal(String column, Map<String, @Nullable String> row) {
                return switch (column) {
                    case "e164" -> PersonalData.MOBILE;
                    case "email" -> PersonalData.EMAIL;
                    default -> null;
                };
            }

            @Override
            public Set<String> internalColumns() {
                return Set.of("last_four", "customer_id");
            }
        };
    }

    @Bean
    AuditedTable consentsInTheAuditLog() {
        return new AuditedTable() {
            @Override
            public String table() {
                return "customer.consent_event";
            }

            @Override
            public Set<String> internalColumns() {
                return Set.of("customer_id");
            }

            @Override
            public Map<String, String> valueLabels() {
                return Map.of("channel", "consent.channel.", "method", "consent.method.");
            }
        };
    }

    @Bean
    AuditedTable importsInTheAuditLog() {
        return new AuditedTable() {
            @Override
            public String table() {
                return "customer.import_job";
            }

            @Override
            public Set<String> internalColumns() {
                return Set.of("stored_file", "header", "mapping", "created_by", "failure_arguments");
            }

            @Override
            public Map<String, String> valueLabels() {
                return Map.of("status", "import.status.");
            }
        };
    }
}
