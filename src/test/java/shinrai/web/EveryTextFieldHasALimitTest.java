package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every piece of text the API accepts has a length limit the request states, checked before any code runs: a text
 * property, a list's text items, a list itself, in every request body of every controller.
 */
class EveryTextFieldHasALimitTest {

    @Test
    void everyTextInEveryRequestBodyHasASizeLimit() throws ClassNotFoundException {
        List<String> unbounded = new ArrayList<>();
        for (Class<?> body : requestBodies()) {
            check(body, body.getSimpleName(), unbounded, new HashSet<>());
        }
        assertThat(unbounded).isEmpty();
    }

    private static void check(Class<?> type, String path, List<String> unbounded, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = path + "." + component.getName();
            AnnotatedType annotated = component.getAnnotatedType();
            if (component.getType() == String.class && !limited(component)) {
                unbounded.add(name);
            }
            if (Collection.class.isAssignableFrom(component.getType())) {
                // a set of enum values is bounded by the enum; any other collection needs its own limit
                boolean setOfEnums = Set.class.isAssignableFrom(component.getType())
                        && annotated instanceof AnnotatedParameterizedType set
                        && isEnum(set.getAnnotatedActualTypeArguments()[0]);
                if (!setOfEnums && !limited(component)) {
                    unbounded.add(name + " (number of items)");
                }
                if (annotated instanceof AnnotatedParameterizedType list) {
                    AnnotatedType item = list.getAnnotatedActualTypeArguments()[0];
                    if (item.getType() == String.class && !item.isAnnotationPresent(Size.class)) {
                        unbounded.add(name + "[]");
                    }
                    if (item.getType() instanceof Class<?> itemClass) {
                        check(itemClass, name + "[]", unbounded, seen);
                    }
                }
            }
            check(component.getType(), name, unbounded, seen);
        }
    }

    /** A constraint on a record component lands on its accessor, field and constructor parameter, not on itself. */
    private static boolean limited(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(Size.class);
    }

    private static boolean isEnum(AnnotatedType type) {
        return type.getType() instanceof Class<?> c && c.isEnum();
    }

    private static Set<Class<?>> requestBodies() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<Class<?>> bodies = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("shinrai")) {
            Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(), null);
            for (Method method : controller.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        bodies.add(parameter.getType());
                    }
                }
            }
        }
        assertThat(bodies).hasSizeGreaterThan(10);
        return bodies;
    }
}
