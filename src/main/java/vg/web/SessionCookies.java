package vg.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The one way vg sets a session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over TLS. */
public final class SessionCookies {
    private SessionCookies() {
    }

    public static void set(Context ctx, String name, String token) {
        ctx.cookie(new Cookie(name, token, "/", -1, "https".equals(ctx.scheme()), true, null, SameSite.LAX));
    }
}
