package shinrai.dealer.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sixteen people signing in at once take turns, two at a time on two cores, and every one of them gets in. */
class BoundedPasswordHashingTest {

    @Test
    void noMoreHashesAtOnceThanAllowedAndNoneRefused() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "hash";
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20); // a hash's moment on a core
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                now.decrementAndGet();
                return true;
            }
        };
        PasswordEncoder bounded = new BoundedPasswordHashing(slow, 2);

        ExecutorService people = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> signIns = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            signIns.add(people.submit(() -> bounded.matches("passphrase", "hash")));
        }
        for (Future<Boolean> signIn : signIns) {
            assertThat(signIn.get()).isTrue();
        }
        people.shutdown();

        assertThat(most).hasValue(2);
    }
}
