package vg.subscriber;

import io.javalin.http.Context;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.SessionStore;
import vg.web.Access;
import vg.web.ApiRoutes;
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

    private static final String LOGIN_EXAMPLE = "{\"phone\": \"9121234567\", \"password\": \"…\"}";

    record LoginRequest(String phone, String password) {
    }

    @Override
    public void register(ApiRoutes all) {
        ApiRoutes routes = all.section("Cabinet", Access.PUBLIC);
        routes.post("/api/session", this::login)
                .summary("Logs a subscriber in with the number and the password from the SMS")
                .description("Sets the session cookie vg_session (HttpOnly, SameSite=Lax; Secure under TLS), which ends "
                        + "after 15 idle minutes. The first login of all starts the daily fee. Five wrong passwords within "
                        + "15 minutes lock the number for the rest of that window.")
                .body(LoginRequest.class, LOGIN_EXAMPLE)
                .answers(200, SessionView.class, "Logged in; firstVisit is true for the login that started the service's billing")
                .fails(400, "invalid_phone")
                .fails(401, "bad_credentials")
                .fails(429, "too_many_attempts")
                .fails(503, "stopping");
        routes.delete("/api/session", ctx -> {
            sessions.close(ctx.cookie(SubscriberAuth.COOKIE));
            ctx.removeCookie(SubscriberAuth.COOKIE, "/");
            ctx.status(204);
        })
                .summary("Logs out: the session ends and its cookie is removed")
                .answersRaw(204, null, "Logged out (also when there was no session)");
    }

    /** The answer to a login. */
    record SessionView(String phone, boolean firstVisit) {
    }

    private void login(Context ctx) {
        LoginRequest req = Bodies.json(ctx, LoginRequest.class, LOGIN_EXAMPLE);
        PhoneNumber phone = PhoneNumber.parse(req.phone())
                .orElseThrow(() -> ApiException.badRequest("invalid_phone", "Enter the mobile number as 9121234567"));
        if (req.password() == null || req.password().isEmpty())
            throw new ApiException(401, "bad_credentials", "Wrong number or password");
        Logins.LoggedIn session = logins.login(phone, req.password(), ctx.cookie(SubscriberAuth.COOKIE));
        SessionCookies.set(ctx, SubscriberAuth.COOKIE, session.token());
        ctx.json(new SessionView(phone.digits(), session.firstVisit()));
    }
}
