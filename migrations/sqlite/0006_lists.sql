-- Lists that were kept joined in one column get a row per item, in the order they were
-- recorded (SQLite dialect; the PostgreSQL tree has the same file): a group's working
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

-- Each split walks the joined text, taking the piece before the next separator; empty
-- pieces (an empty list) are not items.
WITH RECURSIVE piece (owner, position, item, rest) AS (
    SELECT id, -1, NULL, languages || char(10) FROM groups
    UNION ALL
    SELECT owner, position + 1, substr(rest, 1, instr(rest, char(10)) - 1),
           substr(rest, instr(rest, char(10)) + 1)
    FROM piece WHERE rest <> ''
)
INSERT INTO group_languages (group_id, position, language)
SELECT owner, position, item FROM piece WHERE item IS NOT NULL AND item <> '';

WITH RECURSIVE piece (owner, position, item, rest) AS (
    SELECT id, -1, NULL, members || ',' FROM procedures
    UNION ALL
    SELECT owner, position + 1, substr(rest, 1, instr(rest, ',') - 1),
           substr(rest, instr(rest, ',') + 1)
    FROM piece WHERE rest <> ''
)
INSERT INTO procedure_members (procedure_id, position, party_code)
SELECT owner, position, item FROM piece WHERE item IS NOT NULL AND item <> '';

WITH RECURSIVE piece (owner, position, item, rest) AS (
    SELECT id, -1, NULL, listed || ',' FROM texts
    UNION ALL
    SELECT owner, position + 1, substr(rest, 1, instr(rest, ',') - 1),
           substr(rest, instr(rest, ',') + 1)
    FROM piece WHERE rest <> ''
)
INSERT INTO text_listed_parties (text_id, position, party_code)
SELECT owner, position, item FROM piece WHERE item IS NOT NULL AND item <> '';

ALTER TABLE groups DROP COLUMN languages;
ALTER TABLE procedures DROP COLUMN members;
ALTER TABLE texts DROP COLUMN listed;
