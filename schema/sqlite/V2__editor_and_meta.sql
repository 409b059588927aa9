-- The built-in editor account and small settings of the installation.
CREATE TABLE editors (
    name          TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL
);

-- Small settings of the installation (secrets are generated once and kept here or in VG_DATA).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Bumped in the same transaction as every change that the search index must reflect;
-- the index records the generation it has, so a start-up can tell whether it is behind.
INSERT INTO meta (key, value) VALUES ('catalogue_generation', '0');
