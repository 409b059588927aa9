package vg.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import vg.common.ApiException;

/** Every network-side call carries the gateway token, in the X-Gateway-Token header or the {@code token} query parameter. */
public final class GatewayGuard implements Handler {
    private final GatewayToken token;

    public GatewayGuard(GatewayToken token) {
        this.token = token;
    }

    @Override
    public void handle(Context ctx) {
        String given = ctx.header(GatewayToken.HEADER);
        if (given == null) given = ctx.queryParam("token");
        if (!token.matches(given))
            throw new ApiException(401, "bad_gateway_token", "This call is for the operator's network and needs the gateway token");
    }
}
