package vg.web;

import io.javalin.http.Context;
import vg.common.ApiException;

/** Reads a JSON request body; anything unreadable is the client's 400, never a 500. */
public final class Bodies {
    private Bodies() {
    }

    public static <T> T json(Context ctx, Class<T> type, String expected) {
        T value;
        try {
            value = ctx.bodyAsClass(type);
        } catch (Exception e) { // Jackson's parse errors are checked exceptions, rethrown unchecked by Javalin
            value = null;
        }
        if (value == null) throw ApiException.badRequest("invalid_body", "Send " + expected + " as JSON");
        return value;
    }
}
