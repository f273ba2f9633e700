-- The server's Ed25519 key for signed receipts of the journal's head (DOMAIN.md §7). The
-- public key is also journaled when the key is made, so receipts can be tied to the chain.
CREATE TABLE signing_keys (
    id BIGINT PRIMARY KEY,
    secret TEXT NOT NULL,
    public TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
