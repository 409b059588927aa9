package vg.editor;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vg.catalogue.CatalogueService;
import vg.catalogue.ListedTones;
import vg.catalogue.Tone;
import vg.catalogue.ToneKind;
import vg.catalogue.ToneListQuery;
import vg.catalogue.ToneStatus;
import vg.common.ApiException;
import vg.common.Times;
import vg.common.ToneId;
import vg.media.MediaFiles;
import vg.media.WaveformRenderer;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Bodies;
import vg.web.Endpoint;
import vg.web.FileResponses;
import vg.web.Params;
import vg.web.Routes;
import vg.web.SessionCookies;
import vg.web.WebServer;

/** The content editors' API: log in, upload, follow the transcode, edit, publish and withdraw. */
public final class EditorRoutes implements Routes {
    public static final String COOKIE = "vg_editor";

    private final EditorAccounts accounts;
    private final CatalogueService catalogue;
    private final ToneUploads uploads;
    private final MediaFiles media;
    private final WaveformRenderer waveforms;
    private final EditorAudit audit;
    private final Times times;
    private final EditorGuard guard;

    public EditorRoutes(EditorAccounts accounts, CatalogueService catalogue, ToneUploads uploads, MediaFiles media,
                        WaveformRenderer waveforms, EditorAudit audit, EditorGuard guard, Times times) {
        this.accounts = accounts;
        this.guard = guard;
        this.audit = audit;
        this.times = times;
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.media = media;
        this.waveforms = waveforms;
    }

    private static final String LOGIN_EXAMPLE = "{\"name\": \"editor\", \"password\": \"…\"}";

    record EditorLoginRequest(@Nullable String name, String password) {
    }

    @Override
    public void register(ApiRoutes all) {
        ApiRoutes open = all.section("Editor's desk", Access.PUBLIC);
        open.post("/api/editor/session", this::login)
                .summary("Logs the editor in")
                .description("Sets the session cookie vg_editor; HTTP Basic with the same name and password works on every "
                        + "editor route too. Five wrong passwords within 15 minutes lock the account, both ways, for the "
                        + "rest of that window.")
                .body(EditorLoginRequest.class, LOGIN_EXAMPLE)
                .answers(200, EditorSession.class, "Logged in")
                .fails(401, "bad_credentials")
                .fails(429, "too_many_attempts")
                .fails(503, "stopping");
        open.delete("/api/editor/session", ctx -> {
            if (ctx.cookie(COOKIE) != null && accounts.touch(ctx.cookie(COOKIE)) == vg.common.SessionStore.State.ACTIVE)
                audit.record(EditorAction.LOGOUT, Optional.empty(), ctx.ip());
            accounts.closeSession(ctx.cookie(COOKIE));
            ctx.removeCookie(COOKIE, "/");
            ctx.status(204);
        })
                .summary("Logs the editor out")
                .answersRaw(204, null, "Logged out (also when there was no session)");
        all.before("/api/editor/tones*", guard::require);
        all.before("/api/editor/audit", guard::require);
        ApiRoutes routes = all.section("Editor's desk", Access.EDITOR);
        routes.get("/api/editor/audit", ctx -> {
            int page = Params.intQuery(ctx, "page", 1, 1, 100_000);
            int size = Params.intQuery(ctx, "size", 50, 1, 200);
            ctx.json(audit.newestFirst(size, (page - 1) * size).stream().map(e -> AuditView.of(e, times)).toList());
        })
                .summary("Every editor action, newest first, with the client's address")
                .description("action is login, login_failed, logout, upload, edit, publish or withdraw.")
                .query("page", Integer.class, "From 1 (the default)")
                .query("size", Integer.class, "Entries a page, from 1 to 200; 50 by default")
                .answersList(AuditView.class, "One page of the trail")
                .fails(400, "invalid_page", "invalid_size");
        routes.post("/api/editor/tones", this::upload)
                .summary("Uploads a melody; it is transcoded in the background")
                .description("Any audio FFmpeg reads, up to 20 MB. The tone is processing until its network file (G.711 "
                        + "A-law, 8 kHz) and preview are made, then ready or failed with the reason.")
                .form("multipart/form-data", true,
                        new Endpoint.FormField("file", true, true, "The audio file"),
                        new Endpoint.FormField("title", true, false, "Up to 200 characters"),
                        new Endpoint.FormField("artist", true, false, "Up to 200 characters"),
                        new Endpoint.FormField("theme", true, false, "A theme's id from /api/themes"),
                        new Endpoint.FormField("kind", true, false, "melody, status or joke"),
                        new Endpoint.FormField("price", true, false, "In kopecks, from 0 to 1,000,000"),
                        new Endpoint.FormField("tags", false, false, "Words to find it by, up to 1,000 characters"))
                .answers(202, UploadAccepted.class, "Taken; follow its status at /api/editor/tones/{id}")
                .fails(400, "missing_file", "invalid_title", "invalid_artist", "invalid_theme", "invalid_kind", "invalid_price",
                        "invalid_tags")
                .fails(413, "too_large")
                .fails(415, "unsupported_media")
                .fails(422, "empty_file", "undecodable_audio");
        routes.get("/api/editor/tones", ctx -> {
            ToneListQuery query = listQuery(ctx);
            ListedTones listed = catalogue.list(query);
            Map<String, String> themes = catalogue.themeNames();
            ctx.json(new EditorTonePage(listed.total(), query.page(), query.size(), listed.tones().stream().map(t -> view(t, themes)).toList()));
        })
                .summary("The editor's list of tones, in every status")
                .query("q", String.class, "Text in the title or the artist, any case")
                .query("status", String.class, "processing, ready, failed, published or withdrawn")
                .query("theme", String.class, "A theme's id from /api/themes")
                .query("kind", String.class, "melody, status or joke")
                .query("sort", String.class, "new (the default: newest upload first) or title")
                .query("page", Integer.class, "From 1 (the default)")
                .query("size", Integer.class, "Tones a page, from 1 to 200; 50 by default")
                .answers(200, EditorTonePage.class, "One page of tones and how many match in all")
                .fails(400, "invalid_status", "invalid_theme", "invalid_kind", "invalid_sort", "invalid_page", "invalid_size");
        for (String what : List.of("publish", "withdraw")) {
            routes.post("/api/editor/tones/" + what, ctx -> ctx.json(new SelectionResult(
                    selection(ctx).stream().map(id -> act(what, id, ctx.ip())).toList())))
                    .summary(what.equals("publish") ? "Publishes a selection of tones" : "Withdraws a selection of tones")
                    .description("Each tone is done on its own, as one at a time would be; one that cannot be is listed with "
                            + "its reason and the others go ahead. At most " + MAX_SELECTION + " at once.")
                    .body(Selection.class, "{\"ids\": [12, 13, 14]}")
                    .answers(200, SelectionResult.class, "Each tone's status after, or its error")
                    .fails(400, "invalid_ids");
        }
        routes.get("/api/editor/tones/{id}", ctx -> ctx.json(view(catalogue.tone(Params.toneId(ctx, "id")))))
                .summary("One tone as the desk sees it: its status, progress and what was measured of its audio")
                .pathParam("id", Long.class, "The tone's number")
                .answers(200, EditorToneView.class, "The tone")
                .fails(404, "not_found");
        routes.put("/api/editor/tones/{id}", ctx -> {
            Map<String, String> body = jsonFields(ctx);
            ToneId id = Params.toneId(ctx, "id");
            ctx.json(view(catalogue.edit(id, UploadForm.details(body::get))));
            audit.record(EditorAction.EDIT, Optional.of(id), ctx.ip());
        })
                .summary("Edits a tone's title, artist, theme, kind, price and tags, in any status")
                .pathParam("id", Long.class, "The tone's number")
                .body(ToneFields.class, "{\"title\": \"Утро\", \"artist\": \"Григ\", \"theme\": \"classical\", "
                        + "\"kind\": \"melody\", \"price\": 2500, \"tags\": \"весна\"}")
                .answers(200, EditorToneView.class, "The tone as edited")
                .fails(400, "invalid_title", "invalid_artist", "invalid_theme", "invalid_kind", "invalid_price", "invalid_tags")
                .fails(404, "not_found");
        routes.get("/api/editor/tones/{id}/preview.mp3", ctx -> {
            ToneId id = Params.toneId(ctx, "id");
            catalogue.tone(id);
            FileResponses.serve(ctx, media.previewFile(id.value()), "audio/mpeg", "The preview of tone " + id);
        })
                .summary("A tone's preview, published or not")
                .pathParam("id", Long.class, "The tone's number")
                .servesFile("audio/mpeg", "The preview as MP3");
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
        })
                .summary("A picture of the network file's waveform")
                .pathParam("id", Long.class, "The tone's number")
                .servesFile("image/png", "The waveform as PNG");
        routes.post("/api/editor/tones/{id}/publish", ctx -> ctx.json(view(change("publish", Params.toneId(ctx, "id"), ctx.ip()))))
                .summary("Publishes a ready (or withdrawn) tone: subscribers find it and callers can hear it")
                .pathParam("id", Long.class, "The tone's number")
                .answers(200, EditorToneView.class, "The tone, published")
                .fails(404, "not_found")
                .fails(409, "not_ready");
        routes.post("/api/editor/tones/{id}/withdraw", ctx -> ctx.json(view(change("withdraw", Params.toneId(ctx, "id"), ctx.ip()))))
                .summary("Withdraws a published tone: it leaves the catalogue and plays no more")
                .pathParam("id", Long.class, "The tone's number")
                .answers(200, EditorToneView.class, "The tone, withdrawn")
                .fails(404, "not_found")
                .fails(409, "not_published");
    }

    /** The editable fields of a tone; price in kopecks, as a number or text. */
    record ToneFields(String title, String artist, String theme, String kind, Long price, @Nullable String tags) {
    }

    record EditorSession(String name) {
    }

    record EditorTonePage(long total, int page, int size, List<EditorToneView> items) {
    }

    record UploadAccepted(long id, String status) {
    }

    /** The edit form as a JSON object; numbers and strings are both read as text, as the multipart form is. */
    private static Map<String, String> jsonFields(Context ctx) {
        Map<?, ?> raw = Bodies.json(ctx, Map.class, "the tone's fields in an object");
        java.util.HashMap<String, String> fields = new java.util.HashMap<>();
        raw.forEach((k, v) -> fields.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return fields;
    }

    private void login(Context ctx) {
        EditorLoginRequest req = Bodies.json(ctx, EditorLoginRequest.class, LOGIN_EXAMPLE);
        String name = req.name() == null || req.name().isBlank() ? EditorAccounts.EDITOR : req.name().strip();
        if (!accounts.authenticate(name, req.password())) {
            audit.record(EditorAction.LOGIN_FAILED, Optional.empty(), ctx.ip());
            throw new ApiException(401, "bad_credentials", "Wrong name or password");
        }
        audit.record(EditorAction.LOGIN, Optional.empty(), ctx.ip());
        String token = accounts.openSession(name, ctx.cookie(COOKIE));
        SessionCookies.set(ctx, COOKIE, token);
        ctx.json(new EditorSession(name));
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
        ctx.status(202).json(new UploadAccepted(id.value(), ToneStatus.PROCESSING.code()));
    }

    private EditorToneView view(Tone t) {
        return view(t, catalogue.themeNames());
    }

    private EditorToneView view(Tone t, Map<String, String> themeNames) {
        return EditorToneView.of(t, themeNames.getOrDefault(t.details().themeId(), t.details().themeId()), uploads.progressOf(t));
    }

    private static ToneListQuery listQuery(Context ctx) {
        Optional<ToneStatus> status = Params.query(ctx, "status").map(s -> {
            try {
                return ToneStatus.fromCode(s);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_status", "status must be processing, ready, failed, published or withdrawn");
            }
        });
        Optional<ToneKind> kind = Params.query(ctx, "kind").map(k -> ToneKind.parse(k)
                .orElseThrow(() -> ApiException.badRequest("invalid_kind", "kind must be melody, status or joke")));
        ToneListQuery.Order order = Params.query(ctx, "sort").map(s -> switch (s) {
            case "new" -> ToneListQuery.Order.NEW;
            case "title" -> ToneListQuery.Order.TITLE;
            default -> throw ApiException.badRequest("invalid_sort", "sort must be new or title");
        }).orElse(ToneListQuery.Order.NEW);
        String text = Params.query(ctx, "q").orElse("");
        if (text.length() > UploadForm.MAX_TEXT) text = text.substring(0, UploadForm.MAX_TEXT);
        return new ToneListQuery(text, status, Params.query(ctx, "theme"), kind, order, Params.intQuery(ctx, "page", 1, 1, 100_000),
                Params.intQuery(ctx, "size", 50, 1, 200));
    }

    private static final int MAX_SELECTION = 500;

    /** The body of a selection's action. */
    record Selection(List<Long> ids) {
    }

    record Outcome(long id, @Nullable String status, @Nullable String error) {
    }

    record SelectionResult(List<Outcome> tones) {
    }

    private static List<ToneId> selection(Context ctx) {
        Selection s = Bodies.json(ctx, Selection.class, "{\"ids\": [12, 13, 14]}");
        if (s.ids() == null || s.ids().isEmpty() || s.ids().size() > MAX_SELECTION || s.ids().stream().anyMatch(id -> id == null || id <= 0))
            throw ApiException.badRequest("invalid_ids", "ids must be 1 to " + MAX_SELECTION + " tone numbers");
        return s.ids().stream().distinct().map(ToneId::of).toList();
    }

    /** One tone of a selection: its status after, or why it could not be done. */
    private Outcome act(String what, ToneId id, String from) {
        try {
            return new Outcome(id.value(), change(what, id, from).status().code(), null);
        } catch (ApiException e) {
            return new Outcome(id.value(), null, e.code());
        }
    }

    /** Publishes or withdraws one tone, and keeps it in the audit trail. */
    private Tone change(String what, ToneId id, String from) {
        boolean publish = what.equals("publish");
        Tone t = publish ? catalogue.publish(id) : catalogue.withdraw(id);
        audit.record(publish ? EditorAction.PUBLISH : EditorAction.WITHDRAW, Optional.of(id), from);
        return t;
    }

}
