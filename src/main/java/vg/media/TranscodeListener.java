package vg.media;

/** Told about each job of {@link TranscodeJobs}; called from the job's worker thread. */
public interface TranscodeListener {
    /** Every step of a job; {@link TranscodeJobs#progress} already keeps the latest, so most listeners need not. */
    default void progress(long toneId, int percent) {
    }

    void succeeded(long toneId, TranscodeResult result);

    void failed(long toneId, String reason);
}
