-- Outgoing SMS, written in the same transaction as whatever caused them; a sender drains them in id order.
CREATE TABLE sms_outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    to_phone    TEXT    NOT NULL CHECK (length(to_phone) = 10),
    sender      TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    -- set when the SMSC refused the message for good (e.g. an unknown number), so it no longer blocks the queue
    rejected_at INTEGER
);
CREATE INDEX sms_outbox_unsent ON sms_outbox (id) WHERE sent_at IS NULL AND rejected_at IS NULL;
