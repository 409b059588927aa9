package vg.subscriber;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.SessionStore;
import vg.web.Bodies;
import vg.web.Routes;
import vg.web.SessionCookies;

/** {@code POST /api/session} logs in, {@code DELETE /api/session} logs out. */
public final class SessionRoutes implements Routes {
    private final Logins logins;
    private final SessionStore sessions;

    public SessionRoutes(Logins logins, SessionStore sessions) {
        this.logins = logins;
        this.sessions = sessions;
    }

    record LoginRequest(String phone, String password) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/session", this::login);
        routes.delete("/api/session", ctx -> {
            sessions.close(ctx.cookie(SubscriberAuth.COOKIE));
            ctx.removeCookie(SubscriberAuth.COOKIE, "/");
            ctx.status(204);
        });
    }

    private void login(Context ctx) {
        LoginRequest req = Bodies.json(ctx, LoginRequest.class, "{\"phone\": \"9121234567\", \"password\": \"…\"}");
        PhoneNumber phone = PhoneNumber.parse(req.phone())
                .orElseThrow(() -> ApiException.badRequest("invalid_phone", "Enter the mobile number as 9121234567"));
        if (req.password() == null || req.password().isEmpty())
            throw new ApiException(401, "bad_credentials", "Wrong number or password");
        Logins.LoggedIn session = logins.login(phone, req.password(), ctx.cookie(SubscriberAuth.COOKIE));
        SessionCookies.set(ctx, SubscriberAuth.COOKIE, session.token());
        ctx.json(Map.of("phone", phone.digits(), "firstVisit", session.firstVisit()));
    }
}
