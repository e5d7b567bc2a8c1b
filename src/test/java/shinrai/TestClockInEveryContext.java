package shinrai;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Puts a {@link TestClock} into every Spring test context (registered in {@code META-INF/spring.factories}), as the
 * {@link Clock} everything in the application is given: the application's own clock stays defined, this one is
 * primary. Every context gets the same customizer, so the contexts tests share stay shared.
 */
public final class TestClockInEveryContext implements ContextCustomizerFactory {

    static final String BEAN = "testClock";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return Customizer.INSTANCE;
    }

    /** Registers the clock; equal to itself in every context, so it does not split the context cache. */
    enum Customizer implements ContextCustomizer {
        INSTANCE;

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            if (beans instanceof BeanDefinitionRegistry registry && !registry.containsBeanDefinition(BEAN)) {
                RootBeanDefinition clock = new RootBeanDefinition(TestClock.class);
                clock.setPrimary(true);
                registry.registerBeanDefinition(BEAN, clock);
            }
        }
    }

    /** The context's test clock, if it has one. */
    static @Nullable TestClock of(org.springframework.context.ApplicationContext context) {
        return context.containsBean(BEAN) ? context.getBean(BEAN, TestClock.class) : null;
    }
}
