package shinrai.messaging.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class OutboxNavigation {

    @Bean
    NavigationEntry outboxEntry() {
        return new NavigationEntry(
                "nav.section.customers", "nav.outbox", "/messages", "envelope", "APPOINTMENT_BOOK", 40);
    }
}
