package shinrai.appointment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class AppointmentNavigation {

    @Bean
    NavigationEntry appointmentBoardEntry() {
        return new NavigationEntry(
                "nav.section.service", "nav.appointments", "/appointments", "calendar-check", "APPOINTMENT_BOOK", 10);
    }

    @Bean
    NavigationEntry preparationEntry() {
        return new NavigationEntry(
                "nav.section.service",
                "nav.preparation",
                "/appointments/preparation",
                "clipboard-check",
                "APPOINTMENT_BOOK",
                20);
    }

    @Bean
    NavigationEntry bookingSettingsEntry() {
        return new NavigationEntry(
                "nav.section.administration",
                "nav.bookingSettings",
                "/appointments/settings",
                "sliders",
                "BOOKING_SET_UP",
                30);
    }
}
