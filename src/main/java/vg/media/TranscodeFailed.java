package vg.media;

/** A transcoding job that did not produce its files; {@link #getMessage()} is the reason, fit to show the editor. */
public final class TranscodeFailed extends Exception {
    public TranscodeFailed(String reason) {
        super(reason);
    }

    public TranscodeFailed(String reason, Throwable cause) {
        super(reason, cause);
    }
}
