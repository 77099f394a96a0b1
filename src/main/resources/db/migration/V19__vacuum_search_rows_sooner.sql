-- New search rows wait in the GIN index's pending list until it is merged into the index, and every index scan reads
-- the whole list: a search asks the index up to nine times (era by era), so with the pending list a write left behind
-- (up to 4 MB, merged only by the write that overflows it or by a vacuum) searches ran 14% slower with 200 pages.
-- Autovacuum merges it; by default it comes after 20% of the table changed, days of a newsroom's edits. Here it comes
-- within a minute (autovacuum_naptime) of 20 writes. Lowering gin_pending_list_limit instead made every write merge
-- more often: a bulk import ran a fifth slower.
ALTER TABLE article_search SET (
    autovacuum_vacuum_insert_threshold = 20,
    autovacuum_vacuum_insert_scale_factor = 0,
    autovacuum_vacuum_threshold = 20,
    autovacuum_vacuum_scale_factor = 0
);
