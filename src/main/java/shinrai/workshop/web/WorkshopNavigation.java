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
    NavigationEntry workshopTermsEntry() {
        return new NavigationEntry(
                "nav.section.administration",
                "nav.workshopTerms",
                "/workshop/terms",
                "sliders",
                "DEALER_SETTINGS_MANAGE",
                30);
    }
}
