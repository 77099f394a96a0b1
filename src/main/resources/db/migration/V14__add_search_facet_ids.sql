-- Facets count the tags and entities of a search's newest matches. Carried on the search rows that matching reads
-- anyway, they need no look-ups in the link tables: a thousand index probes per search were a fifth of its database
-- time. Written by every re-index, like the other copied columns, from the links as they are in that transaction.
ALTER TABLE article_search
    ADD COLUMN tag_ids    uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN entity_ids uuid[] NOT NULL DEFAULT '{}';

UPDATE article_search s
SET tag_ids    = coalesce((SELECT array_agg(t.tag_id ORDER BY t.position) FROM article_tags t WHERE t.article_id = s.article_id), '{}'),
    entity_ids = coalesce((SELECT array_agg(e.entity_id ORDER BY e.position) FROM article_entities e WHERE e.article_id = s.article_id), '{}')
WHERE EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = s.article_id)
   OR EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = s.article_id);
