-- Tones given by one subscriber to another number; the giver pays when the recipient accepts.
CREATE TABLE gifts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    giver       TEXT    NOT NULL REFERENCES subscribers (phone),
    recipient   TEXT    NOT NULL CHECK (length(recipient) = 10),
    tone_id     INTEGER NOT NULL REFERENCES tones (id),
    status      TEXT    NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'expired')),
    created_at  INTEGER NOT NULL,
    answered_at INTEGER
);
CREATE INDEX gifts_by_giver ON gifts (giver, id);
CREATE INDEX gifts_by_recipient ON gifts (recipient, id);
