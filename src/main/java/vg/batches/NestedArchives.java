package vg.batches;

/** Whether a file's first bytes are those of an archive, whatever its name says. */
final class NestedArchives {
    private static final byte[][] MAGICS = {
            {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8},  // ZIP (also JAR, DOCX…), empty and spanned
            {'R', 'a', 'r', '!'},
            {'7', 'z', (byte) 0xBC, (byte) 0xAF},
            {(byte) 0x1F, (byte) 0x8B},                            // gzip
            {'B', 'Z', 'h'},                                       // bzip2
            {(byte) 0xFD, '7', 'z', 'X', 'Z'},                     // xz
            {(byte) 0x28, (byte) 0xB5, (byte) 0x2F, (byte) 0xFD},  // zstd
    };

    /** The longest magic; a file shorter than this is checked on what it has. */
    static final int HEAD_BYTES = 5;

    private NestedArchives() {
    }

    static boolean startsOne(byte[] head, int length) {
        for (byte[] magic : MAGICS) {
            if (length < magic.length) continue;
            boolean same = true;
            for (int i = 0; i < magic.length && same; i++) same = head[i] == magic[i];
            if (same) return true;
        }
        return false;
    }
}
