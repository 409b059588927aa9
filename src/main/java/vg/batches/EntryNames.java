package vg.batches;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vg.common.ApiException;

/**
 * What a ZIP entry's name may be. It is only ever a label to match the manifest against: files are unpacked under
 * names vg makes. Still, a name that climbs out of its folder or starts at the root is what an attack on an unpacker
 * looks like, so the whole ZIP is refused for it rather than the entry quietly renamed.
 */
final class EntryNames {
    private static final Set<String> ARCHIVE_EXTENSIONS = Set.of("zip", "jar", "rar", "7z", "tar", "gz", "tgz", "bz2",
            "xz", "zst", "cab", "iso");

    private static final java.nio.charset.Charset DOS_CYRILLIC = java.nio.charset.Charset.forName("IBM866");

    private EntryNames() {
    }

    /**
     * An entry's name as its maker meant it. A ZIP flags names in UTF-8; one made by Windows Explorer on a Russian
     * Windows does not, and writes them in the DOS code page 866, which read as UTF-8 would be garbage.
     */
    static String nameOf(org.apache.commons.compress.archivers.zip.ZipArchiveEntry e) {
        if (e.getGeneralPurposeBit().usesUTF8ForNames()) return e.getName();
        byte[] raw = e.getRawName();
        if (raw == null) return e.getName();
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(raw, DOS_CYRILLIC);
        }
    }

    /**
     * The entry's name with {@code \} read as {@code /} and {@code .} segments dropped; empty for what a ZIP tool adds
     * beside the files (macOS's {@code __MACOSX/} and hidden files such as {@code .DS_Store}).
     */
    static Optional<String> normalised(String raw) {
        if (raw.isEmpty()) throw hostile(raw, "has no name");
        for (int i = 0; i < raw.length(); i++)
            if (Character.isISOControl(raw.charAt(i))) throw hostile(raw, "has a control character in its name");
        // macOS writes «й» as «и» and a combining mark, a manifest typed elsewhere as one letter: both are read as one
        String name = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) throw hostile(raw, "names an absolute path");
        StringBuilder kept = new StringBuilder();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) throw hostile(raw, "climbs out of its folder (..)");
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.startsWith(".") || segment.equals("__MACOSX")) return Optional.empty();
            if (kept.length() > 0) kept.append('/');
            kept.append(segment);
        }
        return kept.length() == 0 ? Optional.empty() : Optional.of(kept.toString());
    }

    static boolean looksLikeArchive(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && ARCHIVE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static ApiException hostile(String entry, String why) {
        return new ApiException(422, "hostile_zip", "The ZIP is refused: its entry «" + printable(entry) + "» " + why + ".");
    }

    /** An entry name as shown back to the editor: bounded, with control characters made visible. */
    static String printable(String entry) {
        String shown = entry.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }
}
