/**
 * How the packaged application starts. {@code java -jar shinrai.jar} given no JVM options of its own starts the
 * server in a second JVM that is sized and tuned for it (a bounded heap, the serial collector, a class data archive
 * of the application's own classes), because a jar cannot carry JVM options and the JVM's defaults (a quarter of the
 * machine's memory, no archive) make it slow to start and large. Depends on nothing else in Shinrai.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package shinrai.launcher;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
