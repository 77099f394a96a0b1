-- Search documents now also hold a lexeme for every two adjacent Thai words ('นายก รัฐมนตรี'), which queries for a word
-- ICU splits look up instead of checking a phrase. Documents written before lack them, so existing articles are
-- re-indexed in the background on the next start (a fresh database has none and finishes at once).
UPDATE search_reindex SET state = 'queued' WHERE id = 1 AND EXISTS (SELECT 1 FROM article_search);
