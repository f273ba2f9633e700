-- Papers circulated between meetings and the files attached to them (issue 10; PostgreSQL
-- dialect, the SQLite tree has the same file). A paper's `listed` parties are rows of
-- `record_listed` with kind `papers`, like every marked record's. An issued paper's symbol
-- `{GROUP}/{YEAR}/INF/{n}` is numbered per group and year; a non-paper has none.
CREATE TABLE papers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    distribution TEXT NOT NULL,
    classification TEXT NOT NULL,
    originator TEXT,
    lists_secretariat BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT REFERENCES meetings (id),
    year BIGINT,
    number BIGINT,
    symbol TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    UNIQUE (group_id, year, number)
);
CREATE INDEX papers_group ON papers (group_id);

-- A file's content, once per SHA-256 however many papers hold it, in chunks of at most
-- 256 KiB so that neither an upload nor a download holds a whole file in memory. The
-- content row is written last, in the same transaction as its chunks.
CREATE TABLE attachment_contents (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    chunks BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE attachment_chunks (
    sha256 TEXT NOT NULL,
    position BIGINT NOT NULL,
    bytes BYTEA NOT NULL,
    PRIMARY KEY (sha256, position)
);

-- A file as attached to one paper: the name and type it was given there.
CREATE TABLE paper_attachments (
    paper_id BIGINT NOT NULL REFERENCES papers (id),
    sha256 TEXT NOT NULL REFERENCES attachment_contents (sha256),
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    added_by BIGINT NOT NULL REFERENCES users (id),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (paper_id, sha256)
);
CREATE INDEX paper_attachments_content ON paper_attachments (sha256);
