package vg.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The network side's shared secret (SMSC, switch, billing); {@code generatedNow} when this start made it. */
public record GatewayToken(String value, boolean generatedNow) {
    public static final String HEADER = "X-Gateway-Token";

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
