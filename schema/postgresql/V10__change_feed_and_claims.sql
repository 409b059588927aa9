-- What several nodes on one database need.

-- Gap-free numbers taken by incrementing one row inside the writing transaction: the row stays locked until that
-- transaction ends, so numbers are handed out in commit order (a sequence would leave gaps and commit out of order,
-- and a reader of "everything after n" would skip a late commit for good).
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
-- the feed continues the catalogue generation, so an index made before this version stays current
INSERT INTO counters (name, value) SELECT 'changes', CAST(value AS BIGINT) FROM meta WHERE key = 'catalogue_generation';
INSERT INTO counters (name, value) SELECT 'billing_events', COALESCE(MAX(id), 0) FROM billing_events;

-- The change feed: one row per change other nodes must follow (a subscriber's plan, a tone), written in the change's
-- own transaction; NOTIFY vg_changes only wakes the followers. Rows older than a day are pruned; a node whose cursor
-- is older rebuilds what it holds.
CREATE TABLE changes (
    seq     BIGINT PRIMARY KEY,
    kind    TEXT   NOT NULL CHECK (kind IN ('plan', 'tone')),
    subject TEXT   NOT NULL,
    node    TEXT   NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX changes_by_at ON changes (at);

-- An SMS is claimed by one node for a while before it is sent; a claim of a node that died runs out.
ALTER TABLE sms_outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE sms_outbox ADD COLUMN claimed_until BIGINT;

-- The node transcoding a tone, so that a restart resumes only its own interrupted work.
ALTER TABLE tones ADD COLUMN processing_node TEXT;

-- A login attempt is written before its password is checked, so the five-failures limit holds however many nodes
-- check at once: a row with an attempt is one being checked, taken back if the password was right and kept as a
-- failure (attempt NULL) if it was wrong.
ALTER TABLE login_failures ADD COLUMN attempt TEXT;
