-- The SHA-256 of a tone's network file, set when its transcode succeeds: the same decoded audio (in another file name
-- or another lossless container) makes the same network file, so an equal hash marks a duplicate upload.
ALTER TABLE tones ADD COLUMN audio_hash TEXT;
CREATE INDEX tones_audio_hash ON tones (audio_hash, id);
