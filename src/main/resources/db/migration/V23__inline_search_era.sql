-- search_era (V18) took the epoch of a timestamptz with extract(), which PostgreSQL marks stable (other fields of it
-- depend on the session's time zone), so the immutable function could not be inlined: every statement that called it
-- planned and ran its body as a separate SQL function, 0.2-0.3 ms of each search's walk down the eras and of each
-- batch of search rows written. The same number, from the difference to the epoch (timestamptz minus timestamptz and
-- the epoch of an interval are immutable), is inlined. Stored eras do not change.
CREATE OR REPLACE FUNCTION search_era(at timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT floor(extract(epoch FROM at - to_timestamp(0)) / 7889400)::integer $$;
