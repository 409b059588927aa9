-- Plays a day per tone (the operator's calendar day), for «Популярное за неделю»; tones.week_plays is the sum of the
-- last seven days, kept by the heard log and recomputed as days leave the week.
CREATE TABLE tone_plays_daily (
    tone_id INTEGER NOT NULL REFERENCES tones (id),
    day     TEXT    NOT NULL,
    plays   INTEGER NOT NULL,
    PRIMARY KEY (tone_id, day)
);
CREATE INDEX tone_plays_daily_by_day ON tone_plays_daily (day);
ALTER TABLE tones ADD COLUMN week_plays INTEGER NOT NULL DEFAULT 0;
