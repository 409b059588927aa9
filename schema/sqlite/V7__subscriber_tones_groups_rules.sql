-- What each subscriber has: bought tones, named groups of callers, and the rules that choose what callers hear.
CREATE TABLE subscriber_tones (
    phone    TEXT    NOT NULL REFERENCES subscribers (phone),
    tone_id  INTEGER NOT NULL REFERENCES tones (id),
    added_at INTEGER NOT NULL,
    PRIMARY KEY (phone, tone_id)
);
CREATE INDEX subscriber_tones_by_tone ON subscriber_tones (tone_id);

CREATE TABLE caller_groups (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    phone      TEXT    NOT NULL REFERENCES subscribers (phone),
    name       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (phone, name)
);

CREATE TABLE caller_group_members (
    group_id INTEGER NOT NULL REFERENCES caller_groups (id) ON DELETE CASCADE,
    caller   TEXT    NOT NULL CHECK (length(caller) = 10),
    PRIMARY KEY (group_id, caller)
);

-- a rule targets either its own callers (rule_callers) or one group; days is a string of ISO weekday digits ('' = every day)
CREATE TABLE rules (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    phone      TEXT    NOT NULL REFERENCES subscribers (phone),
    group_id   INTEGER REFERENCES caller_groups (id) ON DELETE CASCADE,
    days       TEXT    NOT NULL DEFAULT '',
    time_from  TEXT,
    time_to    TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX rules_by_phone ON rules (phone);

CREATE TABLE rule_callers (
    rule_id INTEGER NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
    caller  TEXT    NOT NULL CHECK (length(caller) = 10),
    PRIMARY KEY (rule_id, caller)
);

CREATE TABLE rule_tones (
    rule_id  INTEGER NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
    tone_id  INTEGER NOT NULL REFERENCES tones (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (rule_id, tone_id)
);
CREATE INDEX rule_tones_by_tone ON rule_tones (tone_id);
