-- Every answered playback question: who called whom and which tone they heard. The call id lets the caller press *.
CREATE TABLE heard (
    call_id  TEXT PRIMARY KEY,
    caller   TEXT    NOT NULL CHECK (length(caller) = 10),
    callee   TEXT    NOT NULL CHECK (length(callee) = 10),
    tone_id  INTEGER NOT NULL REFERENCES tones (id),
    heard_at INTEGER NOT NULL
);
CREATE INDEX heard_by_caller ON heard (caller, heard_at);
