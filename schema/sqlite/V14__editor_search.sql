-- The editor's list searches title and artist over every status: their lower-cased text, made by vg (SQLite's lower()
-- folds only ASCII, so Cyrillic titles would not match in another case). Rows from before are filled in at start.
ALTER TABLE tones ADD COLUMN editor_key TEXT;
-- The editor's list reads only these indexes to find a page's tones, in either order, searched and filtered; the rows
-- are fetched for the page alone. Deep pages then skip index entries, not table rows.
CREATE INDEX tones_editor_newest ON tones (created_at, id, status, theme_id, kind, editor_key);
CREATE INDEX tones_editor_by_title ON tones (title, id, status, theme_id, kind, editor_key);
