package vg.editor;

import java.util.function.Function;
import vg.catalogue.ToneDetails;
import vg.catalogue.ToneKind;
import vg.common.ApiException;
import vg.common.Money;

/** Checks an editor's tone form, field by field, and says which field is wrong. */
public final class UploadForm {
    static final int MAX_TEXT = 200;
    static final int MAX_TAGS = 1000;
    static final long MAX_PRICE_KOPECKS = 1_000_000;

    private UploadForm() {
    }

    public static ToneDetails details(Function<String, String> field) {
        String title = text(field, "title", MAX_TEXT, true);
        String artist = text(field, "artist", MAX_TEXT, true);
        String theme = text(field, "theme", 64, true);
        ToneKind kind = ToneKind.parse(field.apply("kind"))
                .orElseThrow(() -> ApiException.badRequest("invalid_kind", "kind must be melody, status or joke"));
        Money price = price(field.apply("price"));
        String tags = text(field, "tags", MAX_TAGS, false);
        return new ToneDetails(title, artist, theme, kind, price, tags);
    }

    private static String text(Function<String, String> field, String name, int max, boolean required) {
        String value = field.apply(name);
        value = value == null ? "" : value.strip().replaceAll("\\p{Cntrl}", " ");
        if (required && value.isEmpty()) throw ApiException.badRequest("invalid_" + name, name + " is required");
        if (value.length() > max) throw ApiException.badRequest("invalid_" + name, name + " is longer than " + max + " characters");
        return value;
    }

    private static Money price(String text) {
        if (text == null || text.isBlank()) throw ApiException.badRequest("invalid_price", "price is required, in kopecks");
        try {
            long kopecks = Long.parseLong(text.strip());
            if (kopecks >= 0 && kopecks <= MAX_PRICE_KOPECKS) return Money.kopecks(kopecks);
        } catch (NumberFormatException ignored) {
            // falls through to the refusal below
        }
        throw ApiException.badRequest("invalid_price", "price must be a whole number of kopecks from 0 to " + MAX_PRICE_KOPECKS);
    }

    /** The uploaded file's name is kept only as a label: no path, no control characters, bounded. */
    public static String safeFileName(String name) {
        if (name == null) return "upload";
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) return "upload";
        return base.length() > MAX_TEXT ? base.substring(base.length() - MAX_TEXT) : base;
    }
}
