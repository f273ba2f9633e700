-- Listing and revoking one's credentials (API.md "Operations and security"): when each API
-- token last authenticated and each session was last seen (both refreshed at most once a
-- minute), and an index to find a person's tokens, which a password change revokes.
ALTER TABLE api_tokens ADD COLUMN last_used_at BIGINT;
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT;
CREATE INDEX api_tokens_user ON api_tokens (user_id);
