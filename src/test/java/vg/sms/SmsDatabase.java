package vg.sms;

import java.nio.file.Path;
import vg.common.PhoneNumber;
import vg.db.Database;

/** A real database of this run's engine for a test folder, with the outbox on it. */
record SmsDatabase(Database db, SmsOutbox outbox) {
    static SmsDatabase open(Path dir) {
        Database db = vg.support.TestDb.open(dir);
        return new SmsDatabase(db, new SmsOutbox(db.jdbi(), OutboxCipher.loadOrCreate(dir)));
    }

    long enqueue(String to, String from, String text) {
        return db.jdbi().inTransaction(h -> outbox.enqueue(h, new PhoneNumber(to), from, text, System.currentTimeMillis()));
    }
}
