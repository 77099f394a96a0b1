-- The content model: articles and what they link to.
-- Sort keys are ICU collation keys computed by the application and stored as hex under the C collation, so
-- Thai dictionary order holds on any PostgreSQL, with or without ICU support.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE sections (
    id            uuid PRIMARY KEY,
    slug          text        NOT NULL UNIQUE,
    name          text        NOT NULL,
    description   text,
    name_sort_key text COLLATE "C" NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer     NOT NULL DEFAULT 0
);

CREATE TABLE tags (
    id            uuid PRIMARY KEY,
    slug          text        NOT NULL UNIQUE,
    name          text        NOT NULL,
    description   text,
    name_sort_key text COLLATE "C" NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer     NOT NULL DEFAULT 0
);

CREATE TABLE authors (
    id            uuid PRIMARY KEY,
    slug          text        NOT NULL UNIQUE,
    name          text        NOT NULL,
    bio           text,
    email         text,
    avatar_url    text,
    name_sort_key text COLLATE "C" NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer     NOT NULL DEFAULT 0
);

CREATE TABLE entities (
    id            uuid PRIMARY KEY,
    slug          text        NOT NULL UNIQUE,
    type          text        NOT NULL CHECK (type IN ('person', 'organization', 'place', 'event', 'program', 'product', 'other')),
    name          jsonb       NOT NULL,
    aliases       text[]      NOT NULL DEFAULT '{}',
    description   text,
    external_ids  jsonb       NOT NULL DEFAULT '{}',
    name_sort_key text COLLATE "C" NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       integer     NOT NULL DEFAULT 0
);

CREATE INDEX entities_type_idx ON entities (type);

CREATE TABLE articles (
    id                   uuid PRIMARY KEY,
    slug                 text        NOT NULL,
    language             text        NOT NULL CHECK (language IN ('th', 'en')),
    title                text        NOT NULL,
    subtitle             text,
    summary              text,
    body_html            text        NOT NULL DEFAULT '',
    body_text            text        NOT NULL DEFAULT '',
    cover_url            text,
    cover_alt            text,
    cover_caption        text,
    cover_credit         text,
    section_id           uuid REFERENCES sections (id) ON DELETE SET NULL,
    status               text        NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'archived')),
    published_at         timestamptz,
    canonical_url        text,
    source_url           text,
    external_source      text,
    external_id          text,
    word_count           integer     NOT NULL DEFAULT 0,
    reading_time_minutes integer     NOT NULL DEFAULT 0,
    title_sort_key       text COLLATE "C" NOT NULL,
    -- Lists sort by publication time; drafts have none yet, so they sort by creation.
    sort_at              timestamptz GENERATED ALWAYS AS (coalesce(published_at, created_at)) STORED,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    CONSTRAINT articles_language_slug_key UNIQUE (language, slug),
    CONSTRAINT articles_external_id_requires_source CHECK (external_id IS NULL OR external_source IS NOT NULL)
);

CREATE UNIQUE INDEX articles_external_key ON articles (external_source, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX articles_status_sort_at_idx ON articles (status, sort_at DESC, id DESC);
CREATE INDEX articles_section_sort_at_idx ON articles (section_id, sort_at DESC, id DESC);
CREATE INDEX articles_title_sort_idx ON articles (title_sort_key, id);
CREATE INDEX articles_updated_at_idx ON articles (updated_at DESC, id DESC);

CREATE TABLE article_tags (
    article_id uuid    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     uuid    NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    PRIMARY KEY (article_id, position),
    -- Deferred: reordering a list rewrites positions row by row.
    UNIQUE (article_id, tag_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX article_tags_tag_idx ON article_tags (tag_id);

CREATE TABLE article_authors (
    article_id uuid    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id  uuid    NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    PRIMARY KEY (article_id, position),
    -- Deferred: reordering a list rewrites positions row by row.
    UNIQUE (article_id, author_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX article_authors_author_idx ON article_authors (author_id);

CREATE TABLE article_entities (
    article_id uuid    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  uuid    NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    role       text    NOT NULL CHECK (role IN ('subject', 'mentioned', 'quoted')),
    position   integer NOT NULL,
    PRIMARY KEY (article_id, position),
    -- Deferred: reordering a list rewrites positions row by row.
    UNIQUE (article_id, entity_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX article_entities_entity_idx ON article_entities (entity_id);

-- Ordered "related" links: another Khao article, or an external headline with an optional URL.
CREATE TABLE article_related (
    article_id         uuid    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position           integer NOT NULL,
    related_article_id uuid REFERENCES articles (id) ON DELETE CASCADE,
    headline           text,
    url                text,
    PRIMARY KEY (article_id, position),
    CONSTRAINT article_related_target CHECK ((related_article_id IS NULL) <> (headline IS NULL))
);
