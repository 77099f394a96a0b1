-- Ranking looked each candidate's lead up by id: 300 probes of the leads' primary key a search, about half of
-- ranking's time. A search row now also holds where its lead row is (its ctid), written by the statement that writes
-- the lead, so ranking fetches the leads directly. A ctid is only a hint: a lead row moved since (VACUUM FULL,
-- CLUSTER, a write committed after the search read its rows) is not found there and is looked up by id as before.
-- Rows written before have no pointer until their next re-index, and are ranked as before.
ALTER TABLE article_search ADD COLUMN lead_ctid tid;
