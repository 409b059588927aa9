package vg.app;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import vg.common.Secrets;

/** The network side's shared secret: configured, or made once and kept in VG_DATA. */
public record GatewayToken(String value, boolean generatedNow) {
    private static final String KEY = "gateway_token";

    static GatewayToken resolve(Config config, MetaDao meta, Secrets secrets) {
        if (config.gatewayToken().isPresent()) return new GatewayToken(config.gatewayToken().get(), false);
        var stored = meta.get(KEY);
        if (stored.isPresent()) return new GatewayToken(stored.get(), false);
        String made = meta.putIfAbsent(KEY, secrets.token());
        return new GatewayToken(made, true);
    }

    /** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
    public boolean matches(String candidate) {
        if (candidate == null) return false;
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "GatewayToken[hidden]";
    }
}
