-- The entry that published the installation's signing key is looked up whenever a receipt is
-- signed or checked; without an index that is a scan of the whole journal when no key was
-- published yet. A partial index holds only that entry (the lookup names the action as a
-- literal so that both databases can use it).
CREATE INDEX journal_signing_key ON journal (seq) WHERE action = 'installation.signing_key';
