package shinrai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module that reaches others only through their public root package, and only the
 * modules its {@code package-info} allows: a new dependency between modules is a decision written down there, never
 * an accident.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ShinraiApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyClosedModuleDeclaresTheModulesItMayUse() {
        List<String> undeclared = modules.stream()
                .map(module -> module.getBasePackage().getName())
                .filter(name -> {
                    ApplicationModule declared = declaration(name);
                    return declared == null
                            || declared.type() == ApplicationModule.Type.CLOSED
                                    && List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
                })
                .toList();
        assertThat(undeclared).as("modules without allowedDependencies").isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static ApplicationModule declaration(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException none) {
            return null;
        }
    }
}
