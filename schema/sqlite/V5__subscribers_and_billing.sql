-- Subscribers, their web sessions, failed logins, and the money: charges and the billing feed.
CREATE TABLE subscribers (
    phone            TEXT PRIMARY KEY CHECK (length(phone) = 10),
    status           TEXT    NOT NULL CHECK (status IN ('active', 'suspended', 'disconnected')),
    corporate        INTEGER NOT NULL DEFAULT 0,
    password_hash    TEXT,
    connected_at     INTEGER NOT NULL,
    first_visit_at   INTEGER,
    -- the local calendar day from which the current active stretch is billed; NULL until the first visit
    billed_from_day  TEXT,
    default_tone_id  INTEGER REFERENCES tones (id),
    updated_at       INTEGER NOT NULL
);

CREATE TABLE subscriber_sessions (
    token_hash TEXT PRIMARY KEY,
    phone      TEXT    NOT NULL REFERENCES subscribers (phone) ON DELETE CASCADE,
    last_seen  INTEGER NOT NULL
);
CREATE INDEX subscriber_sessions_by_phone ON subscriber_sessions (phone);

CREATE TABLE login_failures (
    phone TEXT    NOT NULL,
    at    INTEGER NOT NULL
);
CREATE INDEX login_failures_by_phone ON login_failures (phone, at);

CREATE TABLE charges (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    phone   TEXT    NOT NULL REFERENCES subscribers (phone),
    kind    TEXT    NOT NULL CHECK (kind IN ('subscription', 'tone', 'gift')),
    amount  INTEGER NOT NULL CHECK (amount >= 0),
    at      INTEGER NOT NULL,
    day     TEXT    NOT NULL,
    tone_id INTEGER REFERENCES tones (id)
);
-- the database itself refuses a second subscription charge for one subscriber and day, however requests race
CREATE UNIQUE INDEX charges_one_subscription_a_day ON charges (phone, day) WHERE kind = 'subscription';
CREATE INDEX charges_by_phone ON charges (phone, id);

-- what the operator's billing reads, in id order, each event once; written in the charge's own transaction
CREATE TABLE billing_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    charge_id INTEGER NOT NULL UNIQUE REFERENCES charges (id),
    phone     TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    amount    INTEGER NOT NULL,
    at        INTEGER NOT NULL
);

-- editor sessions move into the same shape as subscriber sessions: an owner and a last-seen time
ALTER TABLE editor_sessions RENAME COLUMN editor TO owner;
