/**
 * Satisfaction surveys: questionnaires per dealer or per network (the CSI questionnaire on the five factors of
 * automotive service and the SERVQUAL instrument ship as defaults), answered on a follow-up call or by the customer on
 * a public page, and rolled up to CSI per dealer, advisor and technician by month.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "customer",
            "database",
            "dealer",
            "followup",
            "messaging",
            "shared",
            "vehicle",
            "web",
            "workshop"
        })
@NullMarked
package shinrai.survey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
