-- Search documents, one per article, built by the application from its own Thai word segmentation (PostgreSQL's
-- parser sees a run of Thai letters as one word). Written in the same transaction as every article write.
CREATE TABLE article_search (
    article_id uuid     PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    document   tsvector NOT NULL
);
CREATE INDEX article_search_document_idx ON article_search USING gin (document);

-- Progress of the one background re-index, so a restart resumes where it stopped.
CREATE TABLE search_reindex (
    id              smallint    PRIMARY KEY CHECK (id = 1),
    state           text        NOT NULL CHECK (state IN ('idle', 'queued', 'running', 'completed', 'failed')),
    total           bigint      NOT NULL DEFAULT 0,
    done            bigint      NOT NULL DEFAULT 0,
    last_article_id uuid,
    started_at      timestamptz,
    finished_at     timestamptz,
    error           text
);

-- Articles written before this migration have no document yet: the first start indexes them.
INSERT INTO search_reindex (id, state) VALUES (1, 'queued');
