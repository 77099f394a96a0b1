-- Highlighting cut every shown body into words with ICU again, a quarter of a search's application time; the segments
-- are now stored with the search row, written with it (dev.khao.search.text.BodySegments). Rows written before have
-- none and are segmented as before until the next re-index. EXTERNAL: varints barely compress, so PostgreSQL need not
-- try.
ALTER TABLE article_search ADD COLUMN body_segments bytea;
ALTER TABLE article_search ALTER COLUMN body_segments SET STORAGE EXTERNAL;
