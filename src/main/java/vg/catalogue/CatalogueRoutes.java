package vg.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import vg.common.ApiException;
import vg.common.ToneId;
import vg.media.MediaFiles;
import vg.search.SearchPage;
import vg.search.SearchQuery;
import vg.search.SearchSort;
import vg.web.Access;
import vg.web.ApiRoutes;
import vg.web.FileResponses;
import vg.web.Params;
import vg.web.Routes;

/** The public catalogue: themes, search, suggestions, a tone, its preview. No login needed. */
public final class CatalogueRoutes implements Routes {
    /** Longer queries are cut here: nobody types more, and the index caps what it looks at anyway. */
    private static final int MAX_QUERY_CHARS = 10_000;

    private final CatalogueService catalogue;
    private final MediaFiles media;
    /**
     * The search's pages are written as the UTF-8 bytes Jackson encodes itself, with the mapper ctx.json uses:
     * ctx.json builds a String of the page first and encodes it again, and with Cyrillic titles that was a fifth of
     * an uncached search's CPU outside the index.
     */
    private final ObjectWriter pages = JavalinJackson.defaultMapper().writerFor(TonePage.class);

    public CatalogueRoutes(CatalogueService catalogue, MediaFiles media) {
        this.catalogue = catalogue;
        this.media = media;
    }

    @Override
    public void register(ApiRoutes all) {
        ApiRoutes routes = all.section("Catalogue", Access.PUBLIC);
        routes.get("/api/themes", ctx -> ctx.json(catalogue.themes()))
                .summary("The themes, in the catalogue's order, with their number of published tones")
                .answersList(ThemeCount.class, "Every theme");
        routes.get("/api/tones", this::search)
                .summary("Searches and browses the published catalogue")
                .description("Word forms, Cyrillic and Latin spellings of each other and typos all find a tone; an exact "
                        + "title comes first. Without q the catalogue is browsed, most played first.")
                .query("q", String.class, "The text typed; anything is valid, beyond 10,000 characters it is cut")
                .query("theme", String.class, "A theme's id from /api/themes")
                .query("kind", String.class, "melody, status or joke")
                .query("sort", String.class, "relevance (the default with q), popular (without q), popular_week (plays in the last 7 days), new, title or price")
                .query("page", Integer.class, "From 1 (the default) to 10,000")
                .query("size", Integer.class, "Tones a page, from 1 to 100; 20 by default")
                .answers(200, TonePage.class, "One page of tones, the total and the counts by theme and kind")
                .fails(400, "invalid_kind", "invalid_sort", "invalid_page", "invalid_size", "invalid_theme");
        routes.get("/api/tones/suggest", ctx -> ctx.json(catalogue.suggest(text(ctx))))
                .summary("Completions while the user types")
                .query("q", String.class, "What is typed so far")
                .answersList(vg.search.Suggestion.class, "A few tones whose title or artist the text begins");
        routes.get("/api/tones/{id}", ctx -> ctx.json(catalogue.publishedTone(Params.toneId(ctx, "id"))))
                .summary("One published tone")
                .pathParam("id", Long.class, "The tone's number")
                .answers(200, ToneView.class, "The tone")
                .fails(404, "not_found");
        routes.get("/api/tones/{id}/preview.mp3", ctx -> {
            ToneId id = Params.toneId(ctx, "id");
            catalogue.publishedTone(id);
            FileResponses.serve(ctx, media.previewFile(id.value()), "audio/mpeg", "The preview of tone " + id);
        })
                .summary("A published tone's preview, to listen to in the browser")
                .pathParam("id", Long.class, "The tone's number")
                .servesFile("audio/mpeg", "The preview as MP3");
    }

    private void search(Context ctx) {
        String text = text(ctx);
        var kind = Params.query(ctx, "kind").map(k -> ToneKind.parse(k)
                .orElseThrow(() -> ApiException.badRequest("invalid_kind", "kind must be melody, status or joke")).code());
        SearchSort sort = Params.query(ctx, "sort").map(s -> SearchSort.parse(s).orElseThrow(() -> ApiException.badRequest(
                        "invalid_sort", "sort must be relevance, popular, popular_week, new, title or price")))
                .orElse(text.isBlank() ? SearchSort.POPULAR : SearchSort.RELEVANCE);
        int page = Params.intQuery(ctx, "page", 1, 1, 10_000);
        int size = Params.intQuery(ctx, "size", 20, 1, 100);
        SearchPage result = catalogue.search(new SearchQuery(text, Params.query(ctx, "theme"), kind, sort, page, size));
        TonePage answer = new TonePage(result.total(), result.page(), result.size(),
                result.items().stream().map(ToneView::of).toList(), result.facets());
        try {
            ctx.contentType(ContentType.APPLICATION_JSON).result(pages.writeValueAsBytes(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a page of tones is always writable as JSON", e);
        }
    }

    /** The contract's page shape. */
    record TonePage(long total, int page, int size, List<ToneView> items, Map<String, Map<String, Long>> facets) {
    }

    private static String text(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) return "";
        return q.length() > MAX_QUERY_CHARS ? q.substring(0, MAX_QUERY_CHARS) : q;
    }

}
