-- Search joins every match to its article only to check status, publication time and the filters, and to read
-- sort_at and section_id. The article rows are wide (bodies), so that join read the whole table; this narrow
-- covering index lets it run as an index-only scan instead.
CREATE INDEX articles_search_filter_idx ON articles (id) INCLUDE (status, published_at, sort_at, section_id, language);
