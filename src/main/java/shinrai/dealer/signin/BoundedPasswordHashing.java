package shinrai.dealer.signin;

import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords at most as many at a time as the machine has cores. Argon2 is made to be costly:
 * each hash takes 16 MB of memory and a core for a moment, so the start of a shift, with everyone signing in at
 * once, would otherwise need 16 MB per person at the same instant and could exhaust a bounded heap (sixteen sign-ins
 * at once did, with a 256 MB heap). Taking turns costs no throughput, since the hashing is bound by the cores anyway.
 */
final class BoundedPasswordHashing implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore turns;

    BoundedPasswordHashing(PasswordEncoder hashing, int atOnce) {
        this.hashing = hashing;
        this.turns = new Semaphore(atOnce, true);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        turns.acquireUninterruptibly();
        try {
            return hashing.encode(rawPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        turns.acquireUninterruptibly();
        try {
            return hashing.matches(rawPassword, encodedPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }
}
