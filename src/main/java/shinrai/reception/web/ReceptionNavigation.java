package shinrai.reception.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ReceptionNavigation {

    @Bean
    NavigationEntry receptionEntry() {
        return new NavigationEntry(
                "nav.section.service", "nav.reception", "/reception", "person-check", "RECEPTION_PERFORM", 15);
    }
}
