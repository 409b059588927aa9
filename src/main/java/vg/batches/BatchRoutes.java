package vg.batches;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vg.common.ApiException;
import vg.editor.EditorGuard;
import vg.media.MediaFiles;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.Endpoint;
import vg.web.Params;
import vg.web.Routes;

/** The editor's batches: a ZIP of audio files with a manifest in, one tone a file out. */
public final class BatchRoutes implements Routes {
    private final BatchUploads batches;
    private final EditorGuard guard;
    private final MediaFiles media;

    public BatchRoutes(BatchUploads batches, EditorGuard guard, MediaFiles media) {
        this.batches = batches;
        this.guard = guard;
        this.media = media;
    }

    @Override
    public void register(ApiRoutes all) {
        all.before("/api/editor/batches*", guard::require);
        ApiRoutes routes = all.section("Editor's desk", Access.EDITOR);
        BatchLimits limits = batches.limits();
        routes.post("/api/editor/batches", this::upload)
                .summary("Uploads a ZIP of tones with their manifest; each file becomes its own tone")
                .description("The ZIP holds the audio files and manifest.csv (header " + String.join(",", Manifest.COLUMNS)
                        + "; commas or semicolons) or manifest.json (a list of objects with those fields). A batch is "
                        + limits.describe() + ". Each good file becomes a processing tone; a bad row or file is failed "
                        + "with its reason and leaves no tone. A ZIP that is not one, or is hostile (links, paths with .. "
                        + "or from the root, nested archives, entries unpacking far past their size), is refused whole "
                        + "and nothing is written.")
                .form("multipart/form-data", true, new Endpoint.FormField("file", true, true, "The ZIP"))
                .answers(202, BatchView.class, "Taken; follow it at /api/editor/batches/{id}")
                .fails(400, "missing_file")
                .fails(413, "too_large", "batch_too_large")
                .fails(415, "unsupported_media", "not_a_zip")
                .fails(422, "hostile_zip", "invalid_zip", "no_manifest", "invalid_manifest");
        routes.get("/api/editor/batches/{id}", ctx -> {
            long id = Params.pathId(ctx, "Batch");
            ctx.json(batches.view(id).orElseThrow(() -> ApiException.notFound("Batch " + id)));
        })
                .summary("A batch's progress, and each of its files' tone, status and progress")
                .pathParam("id", Long.class, "The batch's number")
                .answers(200, BatchView.class, "The batch as it stands")
                .fails(404, "not_found");
    }

    private void upload(Context ctx) {
        long max = batches.limits().maxZipBytes();
        if (ctx.req().getContentLengthLong() > max + 256 * 1024) throw tooLarge(max);
        if (!ctx.isMultipartFormData())
            throw new ApiException(415, "unsupported_media", "Send the batch as multipart/form-data with the ZIP as its 'file' part");
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) throw ApiException.badRequest("missing_file", "Attach the ZIP as the 'file' part");
        if (file.size() > max) throw tooLarge(max);
        Path zip = media.newUploadTemp();
        try {
            try (InputStream content = file.content()) {
                Files.copy(content, zip);
            }
            ctx.status(202).json(batches.accept(zip, ctx.ip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the batch", e);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException ignored) {
                // a leftover is cleared at the next start
            }
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "too_large", "The ZIP is larger than " + max / BatchLimits.MB + " MB.");
    }
}
