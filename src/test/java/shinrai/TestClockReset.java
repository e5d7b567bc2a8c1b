package shinrai;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts the {@link TestClock} back to the real time after every test method and every test class, whether the test
 * passed or not, so a test that moved it (in a test, an {@code @BeforeEach} or an {@code @BeforeAll}) never leaves it
 * moved for the next one in the same context. Registered in {@code META-INF/spring.factories} for every Spring test.
 */
public final class TestClockReset extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void afterTestMethod(TestContext test) {
        reset(test);
    }

    @Override
    public void afterTestClass(TestContext test) {
        reset(test);
    }

    private static void reset(TestContext test) {
        if (test.hasApplicationContext()) {
            TestClock clock = TestClockInEveryContext.of(test.getApplicationContext());
            if (clock != null) {
                clock.reset();
            }
        }
    }
}
