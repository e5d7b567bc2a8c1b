/**
 * The survey pages: the agent's survey on a follow-up call, the customer's public survey page, the manager's survey
 * settings and monthly results, and the network's dealers side by side.
 */
@NullMarked
package shinrai.survey.web;

import org.jspecify.annotations.NullMarked;
