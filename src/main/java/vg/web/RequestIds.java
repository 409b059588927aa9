package vg.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * {@code X-Request-Id}: taken from the request when it is a plain token (a proxy or the switch may have made one),
 * made otherwise, returned with the response, and put on every log line the request causes on its thread.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** The key of the id in the logging context, and the field of a JSON log line. */
    public static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static void register(RoutesConfig routes) {
        routes.before(RequestIds::begin);
    }

    /** The request is answered: its id leaves the thread's logging context. */
    static void forget() {
        MDC.remove(LOG_KEY);
    }

    private static void begin(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && PLAIN_TOKEN.matcher(given).matches() ? given : made();
        MDC.put(LOG_KEY, id);
        ctx.header(HEADER, id);
    }

    private static String made() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
