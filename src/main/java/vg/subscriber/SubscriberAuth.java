package vg.subscriber;

import io.javalin.http.Context;
import vg.common.ApiException;
import vg.common.PhoneNumber;
import vg.common.SessionStore;

/** Finds whose cabinet a request is for, from the session cookie; every /api/me call goes through it. */
public final class SubscriberAuth {
    public static final String COOKIE = "vg_session";
    private static final String ATTRIBUTE = "vg.subscriber";

    private final SessionStore sessions;

    public SubscriberAuth(SessionStore sessions) {
        this.sessions = sessions;
    }

    public void require(Context ctx) {
        SessionStore.Lookup lookup = sessions.touch(ctx.cookie(COOKIE));
        switch (lookup.state()) {
            case ACTIVE -> ctx.attribute(ATTRIBUTE, new PhoneNumber(lookup.owner().orElseThrow()));
            case EXPIRED -> throw new ApiException(401, "session_expired", "The session ended after 15 minutes without activity; log in again");
            case UNKNOWN -> throw new ApiException(401, "not_logged_in", "Log in with your number and password first");
        }
    }

    /** The logged-in subscriber; only ever the one the session belongs to. */
    public static PhoneNumber me(Context ctx) {
        PhoneNumber phone = ctx.attribute(ATTRIBUTE);
        if (phone == null) throw new IllegalStateException("route not behind SubscriberAuth");
        return phone;
    }
}
