package shinrai.dealer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

/** The dealer module's places in the menu. */
@Configuration(proxyBeanMethods = false)
class DealerNavigation {

    @Bean
    NavigationEntry staffEntry() {
        return new NavigationEntry(
                "nav.section.administration", "nav.staff", "/staff", "people", Permission.STAFF_MANAGE.name(), 10);
    }

    @Bean
    NavigationEntry dealerSettingsEntry() {
        return new NavigationEntry(
                "nav.section.administration",
                "nav.dealerSettings",
                "/dealer/settings",
                "shop",
                Permission.DEALER_SETTINGS_MANAGE.name(),
                20);
    }

    @Bean
    NavigationEntry networkDealersEntry() {
        return new NavigationEntry(
                "nav.section.network",
                "nav.networkDealers",
                "/network/dealers",
                "diagram-3",
                Permission.NETWORK_DEALERS_READ.name(),
                10);
    }
}
