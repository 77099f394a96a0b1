-- What the last import wrote into each imported article, so that re-running an import skips the lines that
-- would change nothing (POST /v1/import).
CREATE TABLE article_imports (
    article_id      uuid        PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    -- SHA-256 of the article request the line became (with its section and tags resolved to ids).
    fingerprint     text        NOT NULL,
    -- The article's version right after the import wrote it: an edit since then makes the same line count as a change.
    article_version integer     NOT NULL,
    imported_at     timestamptz NOT NULL
);
