-- Relevance is computed from a small lead document per article (title, subtitle, summary, names and the first body
-- words) instead of the whole document: whole documents of long press releases are TOASTed and tens of kilobytes,
-- and reading a few hundred of them per search was most of its time. Leads have their own table so that the rows a
-- GIN match visits in article_search stay a few dozen bytes; MAIN keeps a lead compressed in its row.
CREATE TABLE article_search_leads (
    article_id uuid     PRIMARY KEY REFERENCES article_search (article_id) ON DELETE CASCADE,
    lead       tsvector NOT NULL
);
ALTER TABLE article_search_leads ALTER COLUMN lead SET STORAGE MAIN;

-- What a match is filtered and sorted by, copied from its article by every re-index, so the rows the GIN index finds
-- answer a search alone: looking each match up in articles, or asking the index for the newest months first, cost
-- more than reading every match of a common word here.
ALTER TABLE article_search
    ADD COLUMN status       text,
    ADD COLUMN published_at timestamptz,
    ADD COLUMN sort_at      timestamptz,
    ADD COLUMN section_id   uuid,
    ADD COLUMN language     text;
UPDATE article_search s SET status = a.status, published_at = a.published_at, sort_at = a.sort_at, section_id = a.section_id,
                            language = a.language
FROM articles a WHERE a.id = s.article_id;

-- Existing documents have no lead yet (ranking falls back to the whole document): re-index them in the background.
UPDATE search_reindex SET state = 'queued' WHERE id = 1 AND EXISTS (SELECT 1 FROM article_search);
