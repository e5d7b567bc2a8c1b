package shinrai.vehicle;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.audit.AuditedTable;
import shinrai.shared.DealerScope;

/**
 * How the audit log reads the vehicle module's tables: a vehicle by its plate, else its VIN, as everywhere else
 * ("车辆 沪A12345 #5"), and readings and ownerships with their coded values in words.
 */
@Configuration(proxyBeanMethods = false)
class VehicleTablesInTheAuditLog {

    @Bean
    AuditedTable vehiclesInTheAuditLog(JdbcClient jdbc) {
        return new AuditedTable() {
            @Override
            public String table() {
                return "vehicle.vehicle";
            }

            @Override
            public Set<String> internalColumns() {
                return Set.of("plate_tail", "vin_last6", "vin_last8");
            }

            @Override
            public Map<Long, MessageSourceResolvable> labels(Collection<Long> ids) {
                return jdbc
                        .sql("""
                                SELECT id, coalesce(plate, vin) AS label FROM vehicle.vehicle
                                WHERE dealer_id = :dealer AND id IN (:ids)""")
                        .param("dealer", DealerScope.currentDealer())
                        .param("ids", ids)
                        .query((rs, n) -> Map.entry(
                                rs.getLong("id"), AuditedTable.named(table(), rs.getLong("id"), rs.getString("label"))))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            }
        };
    }

    @Bean
    AuditedTable odometerReadingsInTheAuditLog() {
        return new AuditedTable() {
            @Override
            public String table() {
                return "vehicle.odometer_reading";
            }

            @Override
            public Map<String, String> valueLabels() {
                return Map.of("source", "vehicle.readingSource.");
            }
        };
    }

    @Bean
    AuditedTable ownershipsInTheAuditLog() {
        return new AuditedTable() {
            @Override
            public String table() {
                return "vehicle.ownership";
            }

            @Override
            public Map<String, String> valueLabels() {
                return Map.of("reason", "vehicle.ownership.reason.");
            }
        };
    }
}
