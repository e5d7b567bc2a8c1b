package shinrai.workshop;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;

/** The signed-in dealer's workshop terms: read by the steps and the bill, changed by whoever sets up the dealer. */
@Service
@Transactional
public class WorkshopSettings {

    private final JdbcClient jdbc;

    WorkshopSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dealer's terms, or the defaults while it has set none. */
    @Transactional(readOnly = true)
    public WorkshopTerms terms() {
        return jdbc.sql("""
                        SELECT comeback_days, comeback_km, discount_limit_percent, vat_rate_percent,
                               service_interval_months, service_interval_km
                        FROM workshop.workshop_terms WHERE dealer_id = :dealer""")
                .param("dealer", DealerScope.currentDealer())
                .query((rs, n) -> new WorkshopTerms(
                        rs.getInt("comeback_days"),
                        rs.getInt("comeback_km"),
                        rs.getBigDecimal("discount_limit_percent"),
                        rs.getBigDecimal("vat_rate_percent"),
                        rs.getInt("service_interval_months"),
                        rs.getInt("service_interval_km")))
                .optional()
                .orElse(WorkshopTerms.DEFAULT);
    }

    public WorkshopTerms change(WorkshopTerms terms) {
        terms.check();
        jdbc.sql("""
                        INSERT INTO workshop.workshop_terms (dealer_id, comeback_days, comeback_km,
                            discount_limit_percent, vat_rate_percent, service_interval_months, service_interval_km)
                        VALUES (:dealer, :comebackDays, :comebackKm, :discountLimit, :vatRate, :months, :km)
                        ON CONFLICT (dealer_id) DO UPDATE SET comeback_days = excluded.comeback_days,
                            comeback_km = excluded.comeback_km, discount_limit_percent = excluded.discount_limit_percent,
                            vat_rate_percent = excluded.vat_rate_percent,
                            service_interval_months = excluded.service_interval_months,
                            service_interval_km = excluded.service_interval_km""")
                .param("dealer", DealerScope.currentDealer())
                .param("comebackDays", terms.comebackDays())
                .param("comebackKm", terms.comebackKm())
                .param("discountLimit", terms.discountLimitPercent())
                .param("vatRate", terms.vatRatePercent())
                .param("months", terms.serviceIntervalMonths())
                .param("km", terms.serviceIntervalKm())
                .update();
        return terms;
    }
}
