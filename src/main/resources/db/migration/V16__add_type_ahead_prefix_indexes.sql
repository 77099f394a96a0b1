-- Type-ahead on a short prefix (ก, นาย) used to collect every name and title word starting with it (34,000 rows for
-- ก on 87,000 articles, read from all over the table) before keeping the best ten: 100-400 ms. Catalog names are
-- few and keep that treatment; article titles are now taken newest first, a bounded number per tier, from indexes
-- that hold what the ranking needs, so the table itself is not read (index-only scans).
CREATE INDEX name_lookup_catalog_prefix_idx ON name_lookup (key) WHERE kind <> 'article';
CREATE INDEX name_lookup_title_prefix_idx ON name_lookup (key) INCLUDE (published_at, owner_id) WHERE kind = 'article' AND whole;
CREATE INDEX name_lookup_title_word_prefix_idx ON name_lookup (key) INCLUDE (published_at, owner_id) WHERE kind = 'article' AND NOT whole;
-- Every prefix query now uses one of the three above.
DROP INDEX name_lookup_key_idx;
