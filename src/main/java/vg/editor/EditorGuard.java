package vg.editor;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import java.util.Optional;
import vg.common.ApiException;

/**
 * Lets a request through to an editor's route only with the editor's session cookie or HTTP Basic with the editor's
 * name and password; a wrong password over Basic goes into the audit trail, as a failed login does.
 */
public final class EditorGuard {
    /** A tone's upload limit: more than this is not read for a refusal, and its connection may be cut. */
    private static final long DRAINED_BYTES = 21L * 1024 * 1024;

    private final EditorAccounts accounts;
    private final EditorAudit audit;

    public EditorGuard(EditorAccounts accounts, EditorAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    public void require(Context ctx) {
        String token = ctx.cookie(EditorRoutes.COOKIE);
        if (token != null) {
            switch (accounts.touch(token)) {
                case ACTIVE -> {
                    return;
                }
                case EXPIRED -> throw refused(ctx, new ApiException(401, "session_expired", "The session ended after 15 minutes without activity"));
                case UNKNOWN -> {
                }
            }
        }
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            BasicAuthCredentials creds;
            try {
                creds = ctx.basicAuthCredentials();
            } catch (RuntimeException e) {
                creds = null;
            }
            if (creds != null && accounts.authenticate(creds.getUsername(), creds.getPassword())) return;
            audit.record(EditorAction.LOGIN_FAILED, Optional.empty(), ctx.ip());
            throw refused(ctx, new ApiException(401, "bad_credentials", "Wrong name or password"));
        }
        throw refused(ctx, new ApiException(401, "not_logged_in", "Log in as the editor first"));
    }

    /**
     * Reads and drops what the client is still sending (an upload, up to {@link #DRAINED_BYTES}) before the refusal is
     * answered: a server that answers and closes while the body is on its way can reset the connection under the
     * answer, and the client then never sees why it was refused.
     */
    private static ApiException refused(Context ctx, ApiException refusal) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > 0 && declared <= DRAINED_BYTES) {
            try (var body = ctx.req().getInputStream()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException | RuntimeException gone) {
                // the client gave up; there is nobody left to answer
            }
        }
        return refusal;
    }

}
