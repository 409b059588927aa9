-- What several nodes on one database need. (SQLite writes one transaction at a time, so the counters here are
-- gap-free and in commit order by themselves; the PostgreSQL file says how it gets the same.)

-- Gap-free numbers taken by incrementing one row inside the writing transaction.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
-- the feed continues the catalogue generation, so an index made before this version stays current
INSERT INTO counters (name, value) SELECT 'changes', CAST(value AS INTEGER) FROM meta WHERE key = 'catalogue_generation';
INSERT INTO counters (name, value) SELECT 'billing_events', COALESCE(MAX(id), 0) FROM billing_events;

-- The change feed: one row per change other nodes must follow (a subscriber's plan, a tone), written in the change's
-- own transaction. Rows older than a day are pruned; a node whose cursor is older rebuilds what it holds.
CREATE TABLE changes (
    seq     INTEGER PRIMARY KEY,
    kind    TEXT    NOT NULL CHECK (kind IN ('plan', 'tone')),
    subject TEXT    NOT NULL,
    node    TEXT    NOT NULL,
    at      INTEGER NOT NULL
);
CREATE INDEX changes_by_at ON changes (at);

-- An SMS is claimed by one node for a while before it is sent; a claim of a node that died runs out.
ALTER TABLE sms_outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE sms_outbox ADD COLUMN claimed_until INTEGER;

-- The node transcoding a tone, so that a restart resumes only its own interrupted work.
ALTER TABLE tones ADD COLUMN processing_node TEXT;

-- A login attempt is written before its password is checked, so the five-failures limit holds however many nodes
-- check at once: a row with an attempt is one being checked, taken back if the password was right and kept as a
-- failure (attempt NULL) if it was wrong.
ALTER TABLE login_failures ADD COLUMN attempt TEXT;
