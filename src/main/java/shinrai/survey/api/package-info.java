/** The surveys API: questionnaires, the dealer's survey settings, a call's survey, responses and monthly results. */
@NullMarked
package shinrai.survey.api;

import org.jspecify.annotations.NullMarked;
