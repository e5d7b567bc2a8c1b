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

    @Bean
    NavigationEntry dispatchBoardEntry() {
        return new NavigationEntry(
                "nav.section.workshop", "nav.dispatchBoard", "/workshop/board", "kanban", "REPAIR_ORDER_DISPATCH", 10);
    }

    @Bean
    NavigationEntry myJobsEntry() {
        return new NavigationEntry(
                "nav.section.workshop", "nav.myJobs", "/workshop/my-jobs", "phone", "REPAIR_WORK", 20);
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

    @Bean
    NavigationEntry baysEntry() {
        return new NavigationEntry(
                "nav.section.administration", "nav.bays", "/workshop/bays", "grid-3x2-gap", "BOOKING_SET_UP", 45);
    }
}
