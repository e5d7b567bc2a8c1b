package shinrai.complaint.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ComplaintNavigation {

    @Bean
    NavigationEntry complaintsEntry() {
        return new NavigationEntry(
                "nav.section.customers", "nav.complaints", "/complaints", "megaphone", "COMPLAINT_HANDLE", 45);
    }

    @Bean
    NavigationEntry complaintsOverviewEntry() {
        return new NavigationEntry(
                "nav.section.customers",
                "nav.complaintsOverview",
                "/complaints?view=OPEN",
                "exclamation-triangle",
                "COMPLAINT_MANAGE",
                46);
    }

    @Bean
    NavigationEntry complaintSettingsEntry() {
        return new NavigationEntry(
                "nav.section.administration",
                "nav.complaintSettings",
                "/complaints/settings",
                "sliders",
                "COMPLAINT_MANAGE",
                51);
    }

    @Bean
    NavigationEntry networkComplaintsEntry() {
        return new NavigationEntry(
                "nav.section.network",
                "nav.networkComplaints",
                "/network/complaints",
                "megaphone",
                "NETWORK_COMPLAINT_RAISE",
                30);
    }
}
