package shinrai.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditLogEntry() {
        return new NavigationEntry(
                "nav.section.administration", "nav.audit", "/audit", "journal-text", "AUDIT_READ", 90);
    }
}
