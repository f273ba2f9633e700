-- The interface language a person chose (issue 9): a BCP 47 tag of an offered language, or
-- NULL until they choose. A tag no longer offered is read as no choice, so nobody is locked
-- into a language that was taken away.
ALTER TABLE users ADD COLUMN language TEXT;
