-- Relevance is computed from a small lead document per article (title, subtitle, summary, names and the first body
-- words) instead of the whole document: whole documents of long press releases are TOASTed and tens of kilobytes,
-- and reading a few hundred of them per search was most of its time. MAIN keeps a lead compressed in its row.
ALTER TABLE article_search ADD COLUMN lead tsvector;
ALTER TABLE article_search ALTER COLUMN lead SET STORAGE MAIN;

-- Existing documents have no lead yet (ranking falls back to the whole document): re-index them in the background.
UPDATE search_reindex SET state = 'queued' WHERE id = 1 AND EXISTS (SELECT 1 FROM article_search);
