package shinrai.vehicle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

/** The vehicle module's place in the menu. */
@Configuration(proxyBeanMethods = false)
class VehicleNavigation {

    @Bean
    NavigationEntry modelCatalogueEntry() {
        return new NavigationEntry(
                "nav.section.customers", "nav.models", "/vehicles/models", "car-front", "CUSTOMER_WRITE", 40);
    }
}
