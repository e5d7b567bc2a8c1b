package shinrai.appointment;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import shinrai.database.SchemaOwner;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;

/**
 * Every few minutes, marks as no-shows the cars that have not come their dealer's no-show time after their slot
 * began, so the day board and the KPIs need nobody to remember it. One owner query finds them across dealers (a
 * small partial index holds only booked appointments); each is then changed in its own dealer's scope, through the
 * same rule an advisor's click goes through.
 */
@Component
class NoShowSweep {

    private static final Logger log = LoggerFactory.getLogger(NoShowSweep.class);

    private final JdbcClient owner;
    private final Appointments appointments;

    NoShowSweep(@SchemaOwner DataSource ownerDataSource, Appointments appointments) {
        this.owner = JdbcClient.create(ownerDataSource);
        this.appointments = appointments;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    void markMissedAppointments() {
        owner.sql("""
                        SELECT a.dealer_id, a.id FROM appointment.appointment a
                        LEFT JOIN appointment.booking_rules r ON r.dealer_id = a.dealer_id
                        WHERE a.status = 'BOOKED'
                          AND a.starts_at < now() - make_interval(mins => coalesce(r.no_show_after_minutes, :fallback))""")
                .param("fallback", BookingRules.DEFAULT.noShowAfterMinutes())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list()
                .forEach(missed -> DealerScope.systemFor(missed[0]).run(() -> {
                    try {
                        appointments.noShow(missed[1]);
                    } catch (BusinessRuleViolation changedMeanwhile) {
                        log.debug("Appointment {} changed before it could be marked a no-show", missed[1]);
                    }
                }));
    }
}
