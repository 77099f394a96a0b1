-- pglz, PostgreSQL's only compression when it is built without lz4 (as the embedded one is), was 11% of an import's
-- CPU: compressing an article's two bodies (its HTML and its plain text, about 9 KB of Thai each) took 0.47 ms against
-- 0.07 ms to store them as they are, and a revision's snapshot about as much again. Both are now stored uncompressed
-- out of line: about 15 KB more per article on disk, and a snapshot (without its plain text since this version) takes
-- about 10 KB instead of 3 KB compressed. Rows already stored keep their compression.
ALTER TABLE articles ALTER COLUMN body_html SET STORAGE EXTERNAL, ALTER COLUMN body_text SET STORAGE EXTERNAL;
ALTER TABLE article_revisions ALTER COLUMN snapshot SET STORAGE EXTERNAL;
