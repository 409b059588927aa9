package vg.common;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Slow salted hashes (bcrypt) for every password vg stores. At most one hash fewer than the machine has cores runs at
 * a time (at least one), the others wait in turn: a flood of logins then always leaves a core to the switch's
 * questions, which must not wait behind bcrypt.
 */
public final class PasswordHasher {
    private final int cost;
    private final Semaphore running;

    public PasswordHasher(int cost) {
        this(cost, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    public PasswordHasher(int cost, int atOnce) {
        this.cost = cost;
        this.running = new Semaphore(atOnce, true);
    }

    public String hash(String password) {
        return gated(() -> BCrypt.withDefaults().hashToString(cost, password.toCharArray()));
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) return false;
        // bcrypt looks at 72 bytes at most; longer input would otherwise be silently cut.
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) return false;
        return gated(() -> BCrypt.verifyer().verify(password.toCharArray(), hash).verified);
    }

    private <T> T gated(Supplier<T> work) {
        running.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            running.release();
        }
    }
}
