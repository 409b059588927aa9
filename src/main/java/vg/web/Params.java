package vg.web;

import io.javalin.http.Context;
import java.util.Optional;
import vg.common.ApiException;

/** Reads request parameters and says in words which one is wrong. */
public final class Params {
    private Params() {
    }

    public static Optional<String> query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public static int intQuery(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> v = query(ctx, name);
        if (v.isEmpty()) return fallback;
        try {
            int parsed = Integer.parseInt(v.get());
            if (parsed >= min && parsed <= max) return parsed;
        } catch (NumberFormatException ignored) {
            // falls through to the refusal below
        }
        throw ApiException.badRequest("invalid_" + name, name + " must be a whole number from " + min + " to " + max);
    }

    /** A numeric id in the path; anything else cannot name a row, so it is a 404 like a missing one. */
    public static long pathId(Context ctx, String what) {
        String text = ctx.pathParam("id");
        if (!text.matches("\\d{1,18}")) throw ApiException.notFound(what + " " + text);
        return Long.parseLong(text);
    }

    /** A tone's number in the path parameter {@code name}; anything else names no tone, so it is a 404. */
    public static vg.common.ToneId toneId(Context ctx, String name) {
        String text = ctx.pathParam(name);
        return vg.common.ToneId.parse(text).orElseThrow(() -> ApiException.notFound("Tone " + text));
    }
}
