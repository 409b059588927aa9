-- The editor's list searches title and artist over every status: their lower-cased text, made by vg (SQLite's lower()
-- folds only ASCII, so Cyrillic titles would not match in another case). Rows from before are filled in at start.
ALTER TABLE tones ADD COLUMN editor_key TEXT;
