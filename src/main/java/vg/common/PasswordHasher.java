package vg.common;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Slow salted hashes (bcrypt) for every password vg stores. As many hashes run at once as the machine has cores, one
 * fewer while the switch is asking what callers hear (at least one); the others wait in turn. A flood of logins then
 * never makes the switch's questions wait behind bcrypt, and logins alone have every core.
 */
public final class PasswordHasher {
    private final int cost;
    private final CoreGate gate;

    /** A hasher that never holds a core back (tools, tests). */
    public PasswordHasher(int cost) {
        this(cost, () -> false);
    }

    public PasswordHasher(int cost, SwitchDemand demand) {
        this(cost, demand::asking);
    }

    private PasswordHasher(int cost, java.util.function.BooleanSupplier keepOneFree) {
        this.cost = cost;
        this.gate = new CoreGate(Runtime.getRuntime().availableProcessors(), keepOneFree);
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
        gate.enter();
        try {
            return work.get();
        } finally {
            gate.leave();
        }
    }
}
