package shinrai.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Work the application does by itself on a timetable (marking no-shows; later the nightly care runs). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {}
