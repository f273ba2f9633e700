-- Accounts, groups, delegations, meetings and the journal (PostgreSQL dialect).
-- Times are microseconds since the Unix epoch, UTC. The PostgreSQL tree has the same file.

CREATE TABLE users (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_admin BIGINT NOT NULL DEFAULT 0,
    disabled BIGINT NOT NULL DEFAULT 0,
    clearance TEXT NOT NULL DEFAULT 'unclassified',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    calendar_token_hash TEXT UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE groups (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    languages TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    quorum BIGINT,
    min_silence_hours BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE group_parties (
    group_id BIGINT NOT NULL REFERENCES groups (id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    standing TEXT NOT NULL,
    rotation_position BIGINT,
    PRIMARY KEY (group_id, code)
);

CREATE TABLE seats (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    party_code TEXT,
    role TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (group_id, user_id),
    FOREIGN KEY (group_id, party_code) REFERENCES group_parties (group_id, code)
);

CREATE TABLE authorisations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    party_code TEXT NOT NULL,
    envoy_id BIGINT NOT NULL REFERENCES users (id),
    deputy_id BIGINT NOT NULL REFERENCES users (id),
    valid_until BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX authorisations_deputy ON authorisations (group_id, deputy_id);

CREATE TABLE meetings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    format TEXT NOT NULL,
    ordinal BIGINT NOT NULL,
    host TEXT NOT NULL,
    chair TEXT NOT NULL,
    city TEXT NOT NULL,
    venue TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    time_zone TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (group_id, format, ordinal)
);

CREATE TABLE meeting_guests (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    party_code TEXT NOT NULL,
    PRIMARY KEY (meeting_id, party_code)
);

CREATE TABLE agenda_items (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

CREATE TABLE attendance (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    party_code TEXT NOT NULL,
    person_name TEXT NOT NULL,
    person_title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attendance_meeting ON attendance (meeting_id);

-- Append-only: the application never updates or deletes a row; `majlis verify` proves it.
CREATE TABLE journal (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT,
    actor_party TEXT,
    scope TEXT NOT NULL,
    group_id BIGINT,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    payload TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX journal_group ON journal (group_id, seq);
