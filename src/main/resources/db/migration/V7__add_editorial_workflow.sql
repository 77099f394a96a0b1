-- Editorial workflow (issue #4): who wrote what, the trash, old article slugs and scheduled publication.

-- Audit: the API key name of the last writer. Rows written before keys were recorded say so.
-- Trash: a deleted row keeps everything (links included) until it is restored or purged.
ALTER TABLE articles ADD COLUMN created_by text NOT NULL DEFAULT 'unknown',
                     ADD COLUMN updated_by text NOT NULL DEFAULT 'unknown',
                     ADD COLUMN deleted_at timestamptz,
                     ADD COLUMN deleted_by text;
ALTER TABLE sections ADD COLUMN created_by text NOT NULL DEFAULT 'unknown',
                     ADD COLUMN updated_by text NOT NULL DEFAULT 'unknown',
                     ADD COLUMN deleted_at timestamptz,
                     ADD COLUMN deleted_by text;
ALTER TABLE tags ADD COLUMN created_by text NOT NULL DEFAULT 'unknown',
                 ADD COLUMN updated_by text NOT NULL DEFAULT 'unknown',
                 ADD COLUMN deleted_at timestamptz,
                 ADD COLUMN deleted_by text;
ALTER TABLE authors ADD COLUMN created_by text NOT NULL DEFAULT 'unknown',
                    ADD COLUMN updated_by text NOT NULL DEFAULT 'unknown',
                    ADD COLUMN deleted_at timestamptz,
                    ADD COLUMN deleted_by text;
ALTER TABLE entities ADD COLUMN created_by text NOT NULL DEFAULT 'unknown',
                     ADD COLUMN updated_by text NOT NULL DEFAULT 'unknown',
                     ADD COLUMN deleted_at timestamptz,
                     ADD COLUMN deleted_by text;
-- From now on every writer names itself.
ALTER TABLE articles ALTER COLUMN created_by DROP DEFAULT, ALTER COLUMN updated_by DROP DEFAULT;
ALTER TABLE sections ALTER COLUMN created_by DROP DEFAULT, ALTER COLUMN updated_by DROP DEFAULT;
ALTER TABLE tags ALTER COLUMN created_by DROP DEFAULT, ALTER COLUMN updated_by DROP DEFAULT;
ALTER TABLE authors ALTER COLUMN created_by DROP DEFAULT, ALTER COLUMN updated_by DROP DEFAULT;
ALTER TABLE entities ALTER COLUMN created_by DROP DEFAULT, ALTER COLUMN updated_by DROP DEFAULT;

-- The trash list and the retention purge read trashed rows by deletion time.
CREATE INDEX articles_trash_idx ON articles (deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX sections_trash_idx ON sections (deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX tags_trash_idx ON tags (deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX authors_trash_idx ON authors (deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX entities_trash_idx ON entities (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- A section, tag, author or entity trashed with ?force=true is unlinked from its articles (each unlink is an
-- article write with its own revision); the links are remembered here so that restoring it links them again.
CREATE TABLE trashed_links (
    kind       text    NOT NULL CHECK (kind IN ('section', 'tag', 'author', 'entity')),
    owner_id   uuid    NOT NULL,
    article_id uuid    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    role       text,
    PRIMARY KEY (kind, owner_id, article_id)
);

-- Slugs an article had before it was renamed: each points at the article itself, never at another slug, so any
-- chain of renames answers with one redirect and can never loop. A redirect keeps its slug from other articles
-- until an editor frees it.
CREATE TABLE article_slug_redirects (
    language   text        NOT NULL,
    slug       text        NOT NULL,
    article_id uuid        NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    created_by text        NOT NULL,
    PRIMARY KEY (language, slug)
);
CREATE INDEX article_slug_redirects_article_idx ON article_slug_redirects (article_id);

-- The scheduler looks for scheduled articles whose time has come.
CREATE INDEX articles_scheduled_idx ON articles (published_at) WHERE status = 'scheduled' AND deleted_at IS NULL;

-- "scheduled" now means "published at a future time": the application stores a future publication that way.
UPDATE articles SET status = 'scheduled' WHERE status = 'published' AND published_at > now();

-- Type-ahead and "did you mean" never offer trashed content; a scheduled article is offered from its time on,
-- like a published one (the time is checked when querying), without waiting for the scheduler.
CREATE OR REPLACE FUNCTION name_lookup_refresh() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    owner_kind    text := TG_ARGV[0];
    old_labels    text[];
    new_labels    text[];
    old_published timestamptz;
    new_published timestamptz;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD.deleted_at IS NOT NULL THEN
            old_labels := '{}';
        ELSIF owner_kind = 'entity' THEN
            old_labels := ARRAY(SELECT value FROM jsonb_each_text(OLD.name)) || OLD.aliases;
        ELSIF owner_kind = 'article' THEN
            old_labels := CASE WHEN OLD.status IN ('published', 'scheduled') THEN ARRAY[OLD.title] ELSE '{}' END;
            old_published := OLD.published_at;
        ELSE
            old_labels := ARRAY[OLD.name];
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.deleted_at IS NOT NULL THEN
            new_labels := '{}';
        ELSIF owner_kind = 'entity' THEN
            new_labels := ARRAY(SELECT value FROM jsonb_each_text(NEW.name)) || NEW.aliases;
        ELSIF owner_kind = 'article' THEN
            new_labels := CASE WHEN NEW.status IN ('published', 'scheduled') THEN ARRAY[NEW.title] ELSE '{}' END;
            new_published := NEW.published_at;
        ELSE
            new_labels := ARRAY[NEW.name];
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND old_labels = new_labels AND old_published IS NOT DISTINCT FROM new_published THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM name_lookup WHERE owner_id = OLD.id AND kind = owner_kind;
    END IF;
    IF TG_OP <> 'DELETE' AND cardinality(new_labels) > 0 THEN
        INSERT INTO name_lookup (kind, owner_id, label, key, whole, published_at)
        SELECT owner_kind, NEW.id, r.label, r.key, r.whole, new_published FROM name_lookup_rows(new_labels) AS r;
    END IF;
    RETURN NULL;
END
$$;

INSERT INTO name_lookup (kind, owner_id, label, key, whole, published_at)
SELECT 'article', a.id, r.label, r.key, r.whole, a.published_at
FROM articles a, name_lookup_rows(ARRAY[a.title]) AS r
WHERE a.status = 'scheduled';
