-- A decision recorded later (issue 8, item 9): the group's record from before it used Majlis.
-- The decision keeps who recorded it and when; the positions are the secretariat's report of
-- them (never the parties' own acts, which are procedure events), kept in the order given.
-- Such a decision's procedure row is closed as adopted at the adoption instant and has no
-- events. PostgreSQL dialect; the SQLite tree has the same file.

ALTER TABLE decisions ADD COLUMN recorded_later_by BIGINT REFERENCES users (id);
ALTER TABLE decisions ADD COLUMN recorded_later_at BIGINT;

CREATE TABLE reported_positions (
    decision_id BIGINT NOT NULL REFERENCES decisions (id),
    position BIGINT NOT NULL,
    party_code TEXT NOT NULL,
    answer TEXT NOT NULL,
    statement TEXT,
    PRIMARY KEY (decision_id, position),
    UNIQUE (decision_id, party_code)
);
