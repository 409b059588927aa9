-- Demo tones publish themselves once transcoded; the wish must survive a restart mid-transcode.
ALTER TABLE tones ADD COLUMN publish_when_ready BOOLEAN NOT NULL DEFAULT FALSE;

-- Editor sessions live in the database so a restart keeps them; only a hash of the token is stored.
CREATE TABLE editor_sessions (
    token_hash TEXT PRIMARY KEY,
    editor     TEXT   NOT NULL REFERENCES editors (name) ON DELETE CASCADE,
    last_seen  BIGINT NOT NULL
);
