-- An editor's ZIP of tones: each entry of its manifest (or each file the manifest does not list) is one row, with the
-- tone it became or the reason it did not; a tone's own status and progress say the rest.
CREATE TABLE batches (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at BIGINT NOT NULL
);
CREATE TABLE batch_tones (
    batch_id BIGINT  NOT NULL REFERENCES batches (id),
    position INTEGER NOT NULL,
    file     TEXT    NOT NULL,
    tone_id  BIGINT  REFERENCES tones (id),
    error    TEXT,
    PRIMARY KEY (batch_id, position)
);
