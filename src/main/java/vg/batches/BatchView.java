package vg.batches;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch as the desk follows it: {@code progress} runs from 0 to 100 over all its files, a failed one counting as
 * done. Each file's {@code id} is its tone, absent for a file that became none; its {@code status} is the tone's, or
 * {@code failed} with the {@code error} that stopped it; {@code duplicateOf} is the earlier tone with the same audio.
 */
public record BatchView(long id, int progress, boolean done, List<File> tones) {
    public record File(String file, @Nullable Long id, String status, int progress, @Nullable String error,
                       @Nullable Long duplicateOf) {
    }
}
