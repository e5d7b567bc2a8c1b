package shinrai.followup.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class FollowUpNavigation {

    @Bean
    NavigationEntry followUpQueueEntry() {
        return new NavigationEntry(
                "nav.section.customers", "nav.followUps", "/follow-ups", "telephone-outbound", "FOLLOW_UP_CALL", 40);
    }

    @Bean
    NavigationEntry followUpOverviewEntry() {
        return new NavigationEntry(
                "nav.section.customers",
                "nav.followUpOverview",
                "/follow-ups/overview",
                "people",
                "FOLLOW_UP_MANAGE",
                41);
    }

    @Bean
    NavigationEntry followUpSettingsEntry() {
        return new NavigationEntry(
                "nav.section.administration",
                "nav.followUpSettings",
                "/follow-ups/settings",
                "chat-quote",
                "FOLLOW_UP_MANAGE",
                50);
    }
}
