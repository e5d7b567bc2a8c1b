package shinrai.customer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class CustomerNavigation {

    @Bean
    NavigationEntry customersEntry() {
        return new NavigationEntry(
                "nav.section.customers", "nav.customers", "/customers", "person-lines-fill", "CUSTOMER_READ", 10);
    }

    @Bean
    NavigationEntry importEntry() {
        return new NavigationEntry(
                "nav.section.customers", "nav.imports", "/customers/imports", "upload", "CUSTOMER_IMPORT_EXPORT", 30);
    }

    @Bean
    NavigationEntry newCustomerEntry() {
        return new NavigationEntry(
                "nav.section.customers", "nav.newCustomer", "/customers/new", "person-plus", "CUSTOMER_WRITE", 20);
    }
}
