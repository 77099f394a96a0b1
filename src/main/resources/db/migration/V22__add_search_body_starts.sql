-- Highlighting read the start of each shown body from its article: bodies are stored compressed, and the long cabinet
-- summaries that rank high for common words had 60 kB each decompressed, twenty per search, as much time as matching
-- for the slowest searches. A search row now also holds the start of its body as highlighting scans it, with its ICU
-- segments, one byte per Thai letter (dev.khao.search.text.BodyStart). EXTERNAL: stored uncompressed, and out of the
-- row unless short, so the rows a match reads get narrower as body_segments (now inside body_start) empties.
ALTER TABLE article_search ADD COLUMN body_start bytea;
ALTER TABLE article_search ALTER COLUMN body_start SET STORAGE EXTERNAL;

-- Rows written before have none, and highlighting reads their articles as before: re-index them in the background.
UPDATE search_reindex SET state = 'queued' WHERE id = 1 AND EXISTS (SELECT 1 FROM article_search);
