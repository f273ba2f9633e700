-- Mail (issue 10). A person's address (NULL: they are told nothing by mail).
ALTER TABLE users ADD COLUMN email TEXT;

-- What each person asked to be told; no row: everything, one mail at a time.
CREATE TABLE mail_preferences (
    user_id BIGINT PRIMARY KEY REFERENCES users(id),
    asked BIGINT NOT NULL,
    deadline BIGINT NOT NULL,
    adopted BIGINT NOT NULL,
    digest BIGINT NOT NULL
);

-- The last journal entry turned into mails. One row, written the first time a mailer runs
-- (at the journal's head then, so an installation's past is never mailed), and moved forward
-- only, by whichever process handled the entries.
CREATE TABLE mail_follower (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL
);

-- The outbox. `dedupe` names what a mail is about and for whom (the entry or deadline, the
-- person, the kind), so a mail is queued once however many processes follow the journal.
-- A row with `digest` = 1 waits for the person's daily digest and is never sent alone.
-- A sender claims a row until `claimed_until` before it talks to the relay.
CREATE TABLE mail_outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedupe TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    digest BIGINT NOT NULL,
    queued_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at BIGINT
);

CREATE INDEX mail_outbox_waiting ON mail_outbox (sent_at, next_attempt_at);
