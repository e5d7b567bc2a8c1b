package shinrai.report.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavigationEntry dailyReportEntry() {
        return new NavigationEntry(
                "nav.section.service", "nav.dailyReport", "/reports/daily", "graph-up", "DEALER_KPI_READ", 90);
    }
}
