-- Word pairs are now indexed as a hash of both words (' ' and twelve base32 letters) instead of the words spelled out
-- ('นายก รัฐมนตรี'), which made pairs most of every document's bytes. Documents written before hold the old pair
-- lexemes, which queries no longer ask for, so existing articles are re-indexed in the background on the next start
-- (a fresh database has none and finishes at once). Until an article is re-indexed, a query word ICU splits does not
-- find it; every other query does.
UPDATE search_reindex SET state = 'queued' WHERE id = 1 AND EXISTS (SELECT 1 FROM article_search);
