package vg.batches;

/**
 * What one batch may hold. A ZIP past any of these is refused whole, before a tone is made.
 *
 * @param maxZipBytes   the ZIP as uploaded
 * @param maxFiles      files in it, besides the manifest
 * @param maxEntryBytes one file unpacked: a single upload's limit
 * @param maxTotalBytes every file unpacked
 * @param maxInflation  how many times its packed size an entry may unpack to; audio hardly packs at all, so a file
 *                      that unpacks a hundredfold is built to fill a disk, not a tone
 * @param maxEntries    entries of any kind, folders and passed-over files included, read before any is checked
 */
public record BatchLimits(long maxZipBytes, int maxFiles, long maxEntryBytes, long maxTotalBytes, int maxInflation,
                          int maxEntries) {
    public static final long MB = 1024 * 1024;
    public static final BatchLimits DEFAULT = new BatchLimits(200 * MB, 100, 20 * MB, 400 * MB, 100, 1_000);

    /** An entry this small is let inflate past {@link #maxInflation}: a short silent WAV packs to nothing honestly. */
    static final long INFLATION_CHECKED_FROM_BYTES = MB;

    /** The limits in words, for the refusals and the desk. */
    public String describe() {
        return "at most " + maxFiles + " files of up to " + maxEntryBytes / MB + " MB each, " + maxTotalBytes / MB
                + " MB unpacked and " + maxZipBytes / MB + " MB packed";
    }
}
