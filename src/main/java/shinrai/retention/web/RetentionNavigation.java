package shinrai.retention.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class RetentionNavigation {

    @Bean
    NavigationEntry monthlyListsEntry() {
        return new NavigationEntry(
                "nav.section.customers",
                "nav.monthlyLists",
                "/retention/lists",
                "list-check",
                "CARE_CAMPAIGN_MANAGE",
                42);
    }
}
