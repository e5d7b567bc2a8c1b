package shinrai.workshop.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class WorkshopNavigation {

    @Bean
    NavigationEntry workshopEntry() {
        return new NavigationEntry(
                "nav.section.service", "nav.workshop", "/repair-orders", "wrench", "CUSTOMER_READ", 16);
    }

    @Bean
    NavigationEntry checklistsEntry() {
        return new NavigationEntry(
                "nav.section.administration",
                "nav.checklists",
                "/workshop/checklists",
                "list-check",
                "BOOKING_SET_UP",
                40);
    }
}
