-- Texts and their versions, amendments, decision procedures with their events, and
-- decisions (PostgreSQL dialect). The PostgreSQL tree has the same file.

CREATE TABLE texts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    distribution TEXT NOT NULL,
    classification TEXT NOT NULL,
    originator TEXT,
    penholder TEXT NOT NULL,
    listed TEXT NOT NULL DEFAULT '',
    lists_secretariat BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT REFERENCES meetings (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX texts_group ON texts (group_id);

CREATE TABLE text_versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text_id BIGINT NOT NULL REFERENCES texts (id),
    number BIGINT NOT NULL,
    body TEXT NOT NULL,
    hash TEXT NOT NULL,
    credited_party TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    UNIQUE (text_id, number)
);

CREATE TABLE language_versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text_id BIGINT NOT NULL REFERENCES texts (id),
    version_number BIGINT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    hash TEXT NOT NULL,
    status TEXT NOT NULL,
    prevailing BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    UNIQUE (text_id, version_number, language)
);

CREATE TABLE amendments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text_id BIGINT NOT NULL REFERENCES texts (id),
    version_number BIGINT NOT NULL,
    party TEXT NOT NULL,
    passage TEXT NOT NULL,
    replacement TEXT NOT NULL,
    reason TEXT NOT NULL,
    state TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    incorporated_in BIGINT,
    proposed_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX amendments_text ON amendments (text_id);

CREATE TABLE procedures (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    text_id BIGINT NOT NULL REFERENCES texts (id),
    version_number BIGINT NOT NULL,
    hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    members TEXT NOT NULL,
    quorum BIGINT NOT NULL,
    opened_at BIGINT NOT NULL,
    deadline BIGINT NOT NULL,
    opened_by BIGINT NOT NULL REFERENCES users (id),
    chair TEXT NOT NULL,
    meeting_id BIGINT REFERENCES meetings (id),
    outcome TEXT,
    closed_at BIGINT
);
CREATE INDEX procedures_open ON procedures (outcome, deadline);
CREATE INDEX procedures_text ON procedures (text_id);

CREATE TABLE procedure_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    procedure_id BIGINT NOT NULL REFERENCES procedures (id),
    kind TEXT NOT NULL,
    party TEXT,
    position TEXT,
    text TEXT NOT NULL DEFAULT '',
    instant BIGINT,
    at BIGINT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    journal_seq BIGINT NOT NULL
);
CREATE INDEX procedure_events_procedure ON procedure_events (procedure_id, id);

CREATE TABLE decisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    year BIGINT NOT NULL,
    number BIGINT NOT NULL,
    symbol TEXT NOT NULL UNIQUE,
    procedure_id BIGINT NOT NULL UNIQUE REFERENCES procedures (id),
    adopted_at BIGINT NOT NULL,
    UNIQUE (group_id, year, number)
);
