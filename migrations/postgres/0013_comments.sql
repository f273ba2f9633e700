-- Comments on a paper or a text, in threads (issue 10; PostgreSQL dialect, the SQLite tree has
-- the same file). A comment has no marking of its own: it is read under the marking of the
-- paper or text it is on. A withdrawn comment keeps its row and its words; only the time of
-- its withdrawal is added, so the record is never rewritten.
CREATE TABLE comments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    paper_id BIGINT REFERENCES papers (id),
    text_id BIGINT REFERENCES texts (id),
    reply_to BIGINT REFERENCES comments (id),
    body TEXT NOT NULL,
    author BIGINT NOT NULL REFERENCES users (id),
    author_party TEXT,
    created_at BIGINT NOT NULL,
    withdrawn_at BIGINT,
    CHECK ((paper_id IS NULL AND text_id IS NOT NULL) OR (paper_id IS NOT NULL AND text_id IS NULL))
);
CREATE INDEX comments_paper ON comments (paper_id);
CREATE INDEX comments_text ON comments (text_id);
