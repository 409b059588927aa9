package vg.app;

import vg.common.Secrets;
import vg.web.GatewayToken;

/** Where the gateway token comes from: VG_GATEWAY_TOKEN, or one made on first start and kept in the database. */
final class GatewayTokens {
    private static final String KEY = "gateway_token";

    private GatewayTokens() {
    }

    static GatewayToken resolve(Config config, MetaDao meta, Secrets secrets) {
        if (config.gatewayToken().isPresent()) return new GatewayToken(config.gatewayToken().get(), false);
        var stored = meta.get(KEY);
        if (stored.isPresent()) return new GatewayToken(stored.get(), false);
        return new GatewayToken(meta.putIfAbsent(KEY, secrets.token()), true);
    }
}
