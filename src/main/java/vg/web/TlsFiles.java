package vg.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** The PEM files of {@code VG_TLS_CERT} (the certificate chain) and {@code VG_TLS_KEY} (its private key). */
public record TlsFiles(Path certificate, Path privateKey) {
    /** Both files, which must be there and readable: a start that cannot serve HTTPS says so at once. */
    public static TlsFiles of(Path certificate, Path privateKey) {
        for (Path p : new Path[] {certificate, privateKey}) {
            if (!Files.isRegularFile(p) || !Files.isReadable(p))
                throw new IllegalArgumentException("cannot read the TLS file " + p + " (VG_TLS_CERT and VG_TLS_KEY are PEM files)");
        }
        return new TlsFiles(certificate, privateKey);
    }
}
