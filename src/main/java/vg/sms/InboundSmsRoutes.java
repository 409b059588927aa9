package vg.sms;

import io.javalin.http.Context;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Endpoint;
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
    public void register(ApiRoutes all) {
        all.before("/sms/*", gateway);
        ApiRoutes routes = all.section("SMSC", Access.GATEWAY);
        describe(routes.get("/sms/inbound", this::inbound));
        describe(routes.post("/sms/inbound", this::inbound)
                .form("application/x-www-form-urlencoded", false,
                        new Endpoint.FormField("from", false, false, "The sender's number, 10 digits"),
                        new Endpoint.FormField("to", false, false, "The short number: 1090 or 1070"),
                        new Endpoint.FormField("text", false, false, "The SMS text")));
    }

    /** The SMSC may send the fields in the query or, posting, as a form body. */
    private static void describe(Endpoint e) {
        e.summary("A subscriber's SMS to one of vg's short numbers")
                .description("«5» to 1090 connects the service and sends a password; any SMS to 1070 sends a new password "
                        + "(not to corporate subscribers). Replies go out by the SMS link.")
                .query("from", String.class, "The sender's number, 10 digits: 9121234567")
                .query("to", String.class, "The short number: 1090 or 1070")
                .query("text", String.class, "The SMS text")
                .answers(202, Accepted.class, "Recorded; the reply is on its way")
                .fails(400, "invalid_phone", "invalid_to");
    }

    record Accepted(String status) {
    }

    private void inbound(Context ctx) {
        PhoneNumber from = PhoneNumber.parse(param(ctx, "from"))
                .orElseThrow(() -> ApiException.badRequest("invalid_phone", "from must be a mobile number such as 9121234567"));
        String to = param(ctx, "to");
        if (to == null || to.isBlank()) throw ApiException.badRequest("invalid_to", "to must be the short number the SMS was sent to");
        commands.handle(from, to, param(ctx, "text"));
        ctx.status(202).json(new Accepted("accepted"));
    }

    /** The SMSC may send the fields in the query or as a form body. */
    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null && ctx.isFormUrlencoded()) v = ctx.formParam(name);
        return v;
    }
}
