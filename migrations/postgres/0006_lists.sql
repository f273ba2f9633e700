-- Lists that were kept joined in one column get a row per item, in the order they were
-- recorded (PostgreSQL dialect; the SQLite tree has the same file): a group's working
-- languages (one per line in groups.languages), a procedure's members as they stood when it
-- opened (comma-joined in procedures.members) and the parties a marking lists
-- (comma-joined in texts.listed). The rows are moved, then the old columns dropped, so no
-- stale copy is left to read. The journal is not touched.
-- (Meeting guests already had their table, and the rotation is a position on group_parties.)

CREATE TABLE group_languages (
    group_id BIGINT NOT NULL REFERENCES groups (id),
    position BIGINT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (group_id, position)
);

CREATE TABLE procedure_members (
    procedure_id BIGINT NOT NULL REFERENCES procedures (id),
    position BIGINT NOT NULL,
    party_code TEXT NOT NULL,
    PRIMARY KEY (procedure_id, position)
);

CREATE TABLE text_listed_parties (
    text_id BIGINT NOT NULL REFERENCES texts (id),
    position BIGINT NOT NULL,
    party_code TEXT NOT NULL,
    PRIMARY KEY (text_id, position)
);

-- Positions count from 0 in the order of the joined text; empty pieces (an empty list)
-- are not items.
INSERT INTO group_languages (group_id, position, language)
SELECT g.id, piece.position - 1, piece.item
FROM groups g,
     unnest(string_to_array(g.languages, E'\n')) WITH ORDINALITY AS piece (item, position)
WHERE piece.item <> '';

INSERT INTO procedure_members (procedure_id, position, party_code)
SELECT p.id, piece.position - 1, piece.item
FROM procedures p,
     unnest(string_to_array(p.members, ',')) WITH ORDINALITY AS piece (item, position)
WHERE piece.item <> '';

INSERT INTO text_listed_parties (text_id, position, party_code)
SELECT t.id, piece.position - 1, piece.item
FROM texts t,
     unnest(string_to_array(t.listed, ',')) WITH ORDINALITY AS piece (item, position)
WHERE piece.item <> '';

ALTER TABLE groups DROP COLUMN languages;
ALTER TABLE procedures DROP COLUMN members;
ALTER TABLE texts DROP COLUMN listed;
