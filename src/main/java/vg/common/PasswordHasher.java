package vg.common;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Slow salted hashes (bcrypt) for every password vg stores. */
public final class PasswordHasher {
    private final int cost;

    public PasswordHasher(int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) return false;
        // bcrypt looks at 72 bytes at most; longer input would otherwise be silently cut.
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) return false;
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }
}
