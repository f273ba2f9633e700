-- A decision's evidence bundle reads every entry about its text, procedures and decision
-- (`WHERE object = $1`); without an index each of those reads scans the whole journal, which
-- on a journal of a million entries is seconds per bundle.
CREATE INDEX journal_object ON journal (object, seq);
