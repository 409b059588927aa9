package vg.sms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps queued SMS texts unreadable at rest: they carry new passwords, and vg stores no plain password. AES-256-GCM
 * under a key made on first start in {@code VG_DATA/sms-outbox.key} (owner-only), away from the database it protects.
 */
public final class OutboxCipher {
    public static final String KEY_FILE = "sms-outbox.key";
    private static final String PREFIX = "aesgcm1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private OutboxCipher(SecretKey key) {
        this.key = key;
    }

    /**
     * The key from {@code VG_SMS_KEY} (32 bytes, base64), the same on every node. A node on a shared database must have
     * it: a key file of its own would seal texts that the other nodes cannot open.
     */
    public static OutboxCipher choose(Optional<String> configuredKey, boolean sharedDatabase, Path dataDir) {
        if (configuredKey.isPresent()) return fromKey(configuredKey.get());
        if (sharedDatabase)
            throw new IllegalArgumentException("VG_SMS_KEY must be set on a node that shares a PostgreSQL database: every node "
                    + "needs the same key (32 bytes, base64, e.g. from `openssl rand -base64 32`) to read the SMS outbox");
        return loadOrCreate(dataDir);
    }

    public static OutboxCipher fromKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32) throw new IllegalArgumentException("VG_SMS_KEY must be 32 bytes in base64 (44 characters)");
        return new OutboxCipher(new SecretKeySpec(raw, "AES"));
    }

    public static OutboxCipher loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                byte[] fresh = Base64.getEncoder().encode(generator.generateKey().getEncoded());
                Files.createDirectories(dataDir);
                // written whole under another name and moved into place, so a crash never leaves an empty key behind
                Path partial = dataDir.resolve(KEY_FILE + ".part-" + System.nanoTime());
                try {
                    Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException noPosix) {
                    Files.createFile(partial);
                }
                Files.write(partial, fresh);
                try {
                    Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(partial); // another start made it first; use that one
                }
            }
            byte[] raw = Base64.getDecoder().decode(Files.readAllBytes(file));
            if (raw.length != 32) throw new IllegalArgumentException("the key is not 256 bits");
            return new OutboxCipher(new SecretKeySpec(raw, "AES"));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read or make the SMS outbox key " + file, e);
        }
    }

    public String seal(String text) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal an SMS text", e);
        }
    }

    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) throw new IllegalStateException("an SMS text not sealed by vg");
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an SMS text cannot be opened with this installation's key", e);
        }
    }
}
