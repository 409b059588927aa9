-- The catalogue: themes, tones and the editor account.
CREATE TABLE themes (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tones (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    title              TEXT    NOT NULL,
    artist             TEXT    NOT NULL,
    theme_id           TEXT    NOT NULL REFERENCES themes (id),
    kind               TEXT    NOT NULL CHECK (kind IN ('melody', 'status', 'joke')),
    price              INTEGER NOT NULL CHECK (price >= 0),
    tags               TEXT    NOT NULL DEFAULT '',
    status             TEXT    NOT NULL CHECK (status IN ('processing', 'ready', 'failed', 'published', 'withdrawn')),
    error              TEXT,
    source_name        TEXT,
    source_format      TEXT,
    source_codec       TEXT,
    source_duration_ms INTEGER,
    source_loudness    REAL,
    duration_ms        INTEGER,
    loudness           REAL,
    owner_count        INTEGER NOT NULL DEFAULT 0,
    play_count         INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    published_at       INTEGER,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX tones_status ON tones (status);
CREATE INDEX tones_theme ON tones (theme_id, status);
