package vg.sms;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.web.GatewayGuard;
import vg.web.Routes;

/** {@code /sms/inbound}: the SMSC hands over a subscriber's SMS; 202 once it is recorded, replies go out by the SMS link. */
public final class InboundSmsRoutes implements Routes {
    private final SmsCommands commands;
    private final GatewayGuard gateway;

    public InboundSmsRoutes(SmsCommands commands, GatewayGuard gateway) {
        this.commands = commands;
        this.gateway = gateway;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before("/sms/*", gateway);
        routes.get("/sms/inbound", this::inbound);
        routes.post("/sms/inbound", this::inbound);
    }

    private void inbound(Context ctx) {
        PhoneNumber from = PhoneNumber.parse(param(ctx, "from"))
                .orElseThrow(() -> ApiException.badRequest("invalid_phone", "from must be a mobile number such as 9121234567"));
        String to = param(ctx, "to");
        if (to == null || to.isBlank()) throw ApiException.badRequest("invalid_to", "to must be the short number the SMS was sent to");
        commands.handle(from, to, param(ctx, "text"));
        ctx.status(202).json(Map.of("status", "accepted"));
    }

    /** The SMSC may send the fields in the query or as a form body. */
    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null && ctx.isFormUrlencoded()) v = ctx.formParam(name);
        return v;
    }
}
