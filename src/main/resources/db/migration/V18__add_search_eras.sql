-- A search wants the newest thousand matches (counted, faceted, the newest few hundred ranked), but a GIN index lists
-- a word's matches in no useful order: every match of a common word was read and sorted, 11,000 rows for a word with
-- its compounds on the whole corpus. Each search row now carries its era (a quarter of a year by sort time) as the
-- first column of the GIN index, so a search asks the index era by era, newest first, and stops when it has enough:
-- about the rows it keeps instead of all it matches.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Eras are 7,889,400 seconds (365.25 days / 4) from the Unix epoch; the epoch of a timestamptz does not depend on the
-- session's time zone, so both are immutable. Searches walk eras down from an era's start.
CREATE FUNCTION search_era(at timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT floor(extract(epoch FROM at) / 7889400)::integer $$;
CREATE FUNCTION search_era_start(era integer) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_timestamp(era * 7889400::double precision) $$;

-- The old index goes first, so filling the column does not also update it row by row.
DROP INDEX article_search_document_idx;
ALTER TABLE article_search ADD COLUMN era integer;
UPDATE article_search SET era = search_era(sort_at);
ALTER TABLE article_search ALTER COLUMN era SET NOT NULL;
-- Also serves searches for the document alone (which articles mention a tag, entity or section).
CREATE INDEX article_search_era_document_idx ON article_search USING gin (era, document);
