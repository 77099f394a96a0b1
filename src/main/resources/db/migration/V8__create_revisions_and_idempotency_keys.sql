-- Issue #4: every article write leaves an immutable revision, and creating POSTs can be replayed by Idempotency-Key.

-- One row per write of an article, numbered 1, 2, 3 … per article without gaps (the writer holds the article's
-- row lock while it numbers). The snapshot is the article exactly as clients saw it after that write.
CREATE TABLE article_revisions (
    article_id     uuid        NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number         integer     NOT NULL CHECK (number > 0),
    change         text        NOT NULL CHECK (change IN ('created', 'updated', 'deleted', 'restored', 'published', 'unpublished')),
    changed_fields text[]      NOT NULL,
    snapshot       jsonb       NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (article_id, number)
);

-- History is never rewritten: a revision can only disappear with its article (purge).
CREATE FUNCTION article_revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'article revisions are immutable';
END;
$$;

CREATE TRIGGER article_revisions_no_update BEFORE UPDATE ON article_revisions
    FOR EACH ROW EXECUTE FUNCTION article_revisions_immutable();

-- The first response to a creating POST per (caller, Idempotency-Key), replayed for repeats until it expires.
-- The row is inserted in the creating transaction, so a concurrent repeat waits on the primary key and then
-- finds the stored response instead of creating twice.
CREATE TABLE idempotency_keys (
    scope        text        NOT NULL,
    key          text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    request_hash text        NOT NULL,
    status       integer     NOT NULL,
    location     text,
    etag         text,
    body         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);

CREATE INDEX idempotency_keys_scope_expires_idx ON idempotency_keys (scope, expires_at);
