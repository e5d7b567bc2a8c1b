/**
 * The shell every page lives in: layout, role-based navigation assembled from the modules' contributions,
 * language (zh-CN by default, English on request, remembered in a cookie), error pages, and RFC 9457 problem
 * details for the REST API.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package shinrai.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
