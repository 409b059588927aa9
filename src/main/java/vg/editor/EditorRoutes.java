package vg.editor;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.security.BasicAuthCredentials;
import java.util.Map;
import java.util.Optional;
import vg.catalogue.CatalogueService;
import vg.catalogue.Tone;
import vg.catalogue.ToneStatus;
import vg.common.ApiException;
import vg.common.Times;
import vg.common.ToneId;
import java.nio.file.Path;
import vg.media.MediaFiles;
import vg.media.WaveformRenderer;
import vg.web.Bodies;
import vg.web.FileResponses;
import vg.web.Params;
import vg.web.Routes;
import vg.web.SessionCookies;
import vg.web.WebServer;

/** The content editors' API: log in, upload, follow the transcode, edit, publish and withdraw. */
public final class EditorRoutes implements Routes {
    static final String COOKIE = "vg_editor";

    private final EditorAccounts accounts;
    private final CatalogueService catalogue;
    private final ToneUploads uploads;
    private final MediaFiles media;
    private final WaveformRenderer waveforms;
    private final EditorAudit audit;
    private final Times times;

    public EditorRoutes(EditorAccounts accounts, CatalogueService catalogue, ToneUploads uploads, MediaFiles media,
                        WaveformRenderer waveforms, EditorAudit audit, Times times) {
        this.accounts = accounts;
        this.audit = audit;
        this.times = times;
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.media = media;
        this.waveforms = waveforms;
    }

    record LoginRequest(String name, String password) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/editor/session", this::login);
        routes.delete("/api/editor/session", ctx -> {
            if (ctx.cookie(COOKIE) != null && accounts.touch(ctx.cookie(COOKIE)) == vg.common.SessionStore.State.ACTIVE)
                audit.record(EditorAction.LOGOUT, Optional.empty(), ctx.ip());
            accounts.closeSession(ctx.cookie(COOKIE));
            ctx.removeCookie(COOKIE, "/");
            ctx.status(204);
        });
        routes.before("/api/editor/tones*", this::requireEditor);
        routes.before("/api/editor/audit", this::requireEditor);
        routes.get("/api/editor/audit", ctx -> {
            int page = Params.intQuery(ctx, "page", 1, 1, 100_000);
            int size = Params.intQuery(ctx, "size", 50, 1, 200);
            ctx.json(audit.newestFirst(size, (page - 1) * size).stream().map(e -> AuditView.of(e, times)).toList());
        });
        routes.post("/api/editor/tones", this::upload);
        routes.get("/api/editor/tones", ctx -> {
            Optional<ToneStatus> status = Params.query(ctx, "status").map(s -> {
                try {
                    return ToneStatus.fromCode(s);
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("invalid_status", "status must be processing, ready, failed, published or withdrawn");
                }
            });
            int page = Params.intQuery(ctx, "page", 1, 1, 100_000);
            int size = Params.intQuery(ctx, "size", 50, 1, 200);
            ctx.json(catalogue.list(status, page, size).stream().map(this::view).toList());
        });
        routes.get("/api/editor/tones/{id}", ctx -> ctx.json(view(catalogue.tone(Params.toneId(ctx, "id")))));
        routes.put("/api/editor/tones/{id}", ctx -> {
            Map<String, String> body = jsonFields(ctx);
            ToneId id = Params.toneId(ctx, "id");
            ctx.json(view(catalogue.edit(id, UploadForm.details(body::get))));
            audit.record(EditorAction.EDIT, Optional.of(id), ctx.ip());
        });
        routes.get("/api/editor/tones/{id}/preview.mp3", ctx -> {
            ToneId id = Params.toneId(ctx, "id");
            catalogue.tone(id);
            FileResponses.serve(ctx, media.previewFile(id.value()), "audio/mpeg", "The preview of tone " + id);
        });
        routes.get("/api/editor/tones/{id}/waveform.png", ctx -> {
            ToneId id = Params.toneId(ctx, "id");
            catalogue.tone(id);
            Path png;
            try {
                png = waveforms.ensure(media.networkFile(id.value()), media.waveformFile(id.value()));
            } catch (java.nio.file.NoSuchFileException e) {
                throw ApiException.notFound("The waveform of tone " + id + " (it is not transcoded yet)");
            }
            FileResponses.serve(ctx, png, "image/png", "The waveform of tone " + id);
        });
        routes.post("/api/editor/tones/{id}/publish", ctx -> {
            ToneId id = Params.toneId(ctx, "id");
            ctx.json(view(catalogue.publish(id)));
            audit.record(EditorAction.PUBLISH, Optional.of(id), ctx.ip());
        });
        routes.post("/api/editor/tones/{id}/withdraw", ctx -> {
            ToneId id = Params.toneId(ctx, "id");
            ctx.json(view(catalogue.withdraw(id)));
            audit.record(EditorAction.WITHDRAW, Optional.of(id), ctx.ip());
        });
    }

    /** The edit form as a JSON object; numbers and strings are both read as text, as the multipart form is. */
    private static Map<String, String> jsonFields(Context ctx) {
        Map<?, ?> raw = Bodies.json(ctx, Map.class, "the tone's fields in an object");
        java.util.HashMap<String, String> fields = new java.util.HashMap<>();
        raw.forEach((k, v) -> fields.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return fields;
    }

    private void login(Context ctx) {
        LoginRequest req = Bodies.json(ctx, LoginRequest.class, "{\"name\": \"editor\", \"password\": \"…\"}");
        String name = req.name() == null || req.name().isBlank() ? EditorAccounts.EDITOR : req.name().strip();
        if (!accounts.authenticate(name, req.password())) {
            audit.record(EditorAction.LOGIN_FAILED, Optional.empty(), ctx.ip());
            throw new ApiException(401, "bad_credentials", "Wrong name or password");
        }
        audit.record(EditorAction.LOGIN, Optional.empty(), ctx.ip());
        String token = accounts.openSession(name, ctx.cookie(COOKIE));
        SessionCookies.set(ctx, COOKIE, token);
        ctx.json(Map.of("name", name));
    }

    private void requireEditor(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null) {
            switch (accounts.touch(token)) {
                case ACTIVE -> {
                    return;
                }
                case EXPIRED -> throw new ApiException(401, "session_expired", "The session ended after 15 minutes without activity");
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
            throw new ApiException(401, "bad_credentials", "Wrong name or password");
        }
        throw new ApiException(401, "not_logged_in", "Log in as the editor first");
    }

    private void upload(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > WebServer.MAX_UPLOAD_BYTES + 256 * 1024)
            throw new ApiException(413, "too_large", "The file is larger than 20 MB.");
        if (!ctx.isMultipartFormData())
            throw new ApiException(415, "unsupported_media", "Send the tone as multipart/form-data with a 'file' part");
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) throw ApiException.badRequest("missing_file", "Attach the audio as the 'file' part");
        if (file.size() > WebServer.MAX_UPLOAD_BYTES) throw new ApiException(413, "too_large", "The file is larger than 20 MB.");
        var details = UploadForm.details(ctx::formParam);
        ToneId id = uploads.upload(details, file.filename(), file.content(), false);
        audit.record(EditorAction.UPLOAD, Optional.of(id), ctx.ip());
        ctx.status(202).json(Map.of("id", id.value(), "status", ToneStatus.PROCESSING.code()));
    }

    private EditorToneView view(Tone t) {
        int progress = switch (t.status()) {
            case PROCESSING -> uploads.progress(t.id()).orElse(0);
            case FAILED -> 0;
            default -> 100;
        };
        return EditorToneView.of(t, progress);
    }

}
