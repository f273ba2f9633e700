-- Follow-through (DOMAIN.md §6), PostgreSQL dialect; the SQLite tree has the same file:
-- the group's tracks, roadmaps and their action lines with the
-- parties' reports, agreements, indicators with their observations and targets, and the
-- parties' engagement records. Dates are ISO 8601 text (`2025-08-26`, which sorts as it
-- reads); decimal figures are text (exact, never a float); money is BIGINT minor units beside
-- its ISO 4217 code. Marked records carry their distribution and classification, and the
-- parties a `listed` marking names are rows of `record_listed`.

CREATE TABLE group_tracks (
    group_id BIGINT NOT NULL REFERENCES groups (id),
    position BIGINT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (group_id, position),
    UNIQUE (group_id, code)
);

CREATE TABLE roadmaps (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    title TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    decision_id BIGINT REFERENCES decisions (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX roadmaps_group ON roadmaps (group_id);

CREATE TABLE action_lines (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    roadmap_id BIGINT NOT NULL REFERENCES roadmaps (id),
    title TEXT NOT NULL,
    track TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    deliverable TEXT NOT NULL,
    distribution TEXT NOT NULL,
    classification TEXT NOT NULL,
    originator TEXT,
    status TEXT NOT NULL,
    progress BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX action_lines_roadmap ON action_lines (roadmap_id);

-- A line's parties in the order given: leads (`leads` = 1) first, then participants.
CREATE TABLE action_line_parties (
    line_id BIGINT NOT NULL REFERENCES action_lines (id),
    position BIGINT NOT NULL,
    party_code TEXT NOT NULL,
    leads BIGINT NOT NULL,
    PRIMARY KEY (line_id, position)
);

CREATE TABLE line_reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    line_id BIGINT NOT NULL REFERENCES action_lines (id),
    party TEXT NOT NULL,
    as_of TEXT NOT NULL,
    status TEXT NOT NULL,
    progress BIGINT NOT NULL,
    summary TEXT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX line_reports_line ON line_reports (line_id);

CREATE TABLE agreements (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    title TEXT NOT NULL,
    party TEXT NOT NULL,
    counterpart TEXT NOT NULL,
    track TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    place TEXT NOT NULL,
    count BIGINT NOT NULL,
    amount_minor BIGINT,
    currency TEXT,
    status TEXT NOT NULL,
    source_citation TEXT NOT NULL,
    source_url TEXT,
    distribution TEXT NOT NULL,
    classification TEXT NOT NULL,
    originator TEXT,
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX agreements_group ON agreements (group_id);

CREATE TABLE indicators (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    flow TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    UNIQUE (group_id, code)
);

CREATE TABLE observations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id),
    reporter TEXT NOT NULL,
    partner TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    value TEXT NOT NULL,
    source_citation TEXT NOT NULL,
    source_url TEXT,
    note TEXT,
    distribution TEXT NOT NULL,
    classification TEXT NOT NULL,
    originator TEXT,
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX observations_indicator ON observations (indicator_id, reporter, partner);

CREATE TABLE targets (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id),
    reporter TEXT NOT NULL,
    partner TEXT NOT NULL,
    value TEXT NOT NULL,
    by_on TEXT NOT NULL,
    source_citation TEXT NOT NULL,
    source_url TEXT,
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX targets_indicator ON targets (indicator_id);

CREATE TABLE engagements (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES groups (id),
    party TEXT NOT NULL,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL,
    level TEXT NOT NULL,
    counterpart TEXT NOT NULL,
    summary TEXT NOT NULL,
    follow_up TEXT,
    distribution TEXT NOT NULL,
    classification TEXT NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX engagements_group ON engagements (group_id);

CREATE TABLE engagement_tracks (
    engagement_id BIGINT NOT NULL REFERENCES engagements (id),
    position BIGINT NOT NULL,
    track TEXT NOT NULL,
    PRIMARY KEY (engagement_id, position)
);

-- The parties a `listed` marking of a follow-through record names; `kind` is the record's
-- table (`action_lines`, `agreements`, `observations`, `engagements`).
CREATE TABLE record_listed (
    kind TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    position BIGINT NOT NULL,
    party_code TEXT NOT NULL,
    PRIMARY KEY (kind, record_id, position)
);
