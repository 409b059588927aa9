package vg.common;

/**
 * A refusal the client caused: becomes {@code {"error": code, "message": message}} with a 4xx status, or 503 when vg
 * cannot take the request because it is stopping.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        if ((status < 400 || status > 499) && status != 503)
            throw new IllegalArgumentException("an API error is a 4xx or 503: " + status);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " was not found");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
