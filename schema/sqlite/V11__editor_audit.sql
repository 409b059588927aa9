-- Every action taken at the editor's desk, with the client's address: who changed the catalogue, and when.
CREATE TABLE editor_audit (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,
    action    TEXT    NOT NULL,
    tone_id   INTEGER, -- no reference: the trail outlives what it describes
    from_addr TEXT    NOT NULL
);
CREATE INDEX editor_audit_by_time ON editor_audit (at, id);
