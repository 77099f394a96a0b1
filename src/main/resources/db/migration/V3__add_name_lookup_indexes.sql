-- Looking content up by name: type-ahead (/v1/suggest), fuzzy entity lookup (/v1/entities?q=) and "did you mean".

-- The one form names and queries are compared in: NFC, lower case, and every run of spaces and punctuation folded
-- to one space, so "Ministry-of", "ministry of" and "MINISTRY  OF" are the same prefix. Separators are listed
-- explicitly rather than as [[:punct:]] so that the result does not depend on the server's locale; Thai vowels
-- and tone marks are never separators, and ฯ and ๆ stay part of their word.
CREATE FUNCTION name_lookup_key(label text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN btrim(regexp_replace(lower(normalize(label, NFC)),
        '[[:space:]!-/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f\ufeff\ufe30-\ufe4f\uff01-\uff0f\u0e4f\u0e5a\u0e5b]+', ' ', 'g'));

-- One row per name and per word start inside it: "ชัยวุฒิ ธนาคมานุสรณ์" gives the keys "ชัยวุฒิ ธนาคมานุสรณ์" (whole)
-- and "ธนาคมานุสรณ์", so a prefix of any word is a prefix of some key and one btree range scan finds it. Keys are
-- cut at 120 characters: queries are at most 100, and long titles would otherwise store every suffix in full.
CREATE FUNCTION name_lookup_rows(labels text[])
    RETURNS TABLE (label text, key text, whole boolean)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT DISTINCT l.label, left(array_to_string(w.words[i:], ' '), 120), i = 1
    FROM unnest(labels) AS l(label)
    -- OFFSET 0 keeps the planner from inlining this into the select list, which would normalise once per word.
    CROSS JOIN LATERAL (SELECT string_to_array(name_lookup_key(l.label), ' ') AS words OFFSET 0) AS w
    CROSS JOIN LATERAL generate_subscripts(w.words, 1) AS i
    WHERE l.label IS NOT NULL
$$;

-- Names, aliases and titles of everything type-ahead offers. Only published articles have rows; published_at is
-- kept so that an article published for a future time stays hidden until then.
CREATE TABLE name_lookup (
    kind         text        NOT NULL CHECK (kind IN ('entity', 'tag', 'section', 'article')),
    owner_id     uuid        NOT NULL,
    label        text        NOT NULL,
    key          text COLLATE "C" NOT NULL,
    whole        boolean     NOT NULL,
    published_at timestamptz
);

-- Under the C collation a btree orders keys byte for byte, so "starts with p" is the range [p, p || U+10FFFF).
CREATE INDEX name_lookup_key_idx ON name_lookup (key);
CREATE INDEX name_lookup_owner_idx ON name_lookup (owner_id);
-- "Did you mean": whole names of the catalog (never article titles), by trigram similarity.
CREATE INDEX name_lookup_catalog_trgm_idx ON name_lookup USING gin (key gin_trgm_ops) WHERE whole AND kind <> 'article';

-- Kept in step by triggers rather than by the services: every writer (the API, imports, a future bulk job, plain
-- SQL) keeps the lookup right, and an update that leaves names alone (an article's body, say) costs nothing.
CREATE FUNCTION name_lookup_refresh() RETURNS trigger
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
        IF owner_kind = 'entity' THEN
            old_labels := ARRAY(SELECT value FROM jsonb_each_text(OLD.name)) || OLD.aliases;
        ELSIF owner_kind = 'article' THEN
            old_labels := CASE WHEN OLD.status = 'published' THEN ARRAY[OLD.title] ELSE '{}' END;
            old_published := OLD.published_at;
        ELSE
            old_labels := ARRAY[OLD.name];
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF owner_kind = 'entity' THEN
            new_labels := ARRAY(SELECT value FROM jsonb_each_text(NEW.name)) || NEW.aliases;
        ELSIF owner_kind = 'article' THEN
            new_labels := CASE WHEN NEW.status = 'published' THEN ARRAY[NEW.title] ELSE '{}' END;
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

CREATE TRIGGER entities_name_lookup AFTER INSERT OR UPDATE OR DELETE ON entities
    FOR EACH ROW EXECUTE FUNCTION name_lookup_refresh('entity');
CREATE TRIGGER tags_name_lookup AFTER INSERT OR UPDATE OR DELETE ON tags
    FOR EACH ROW EXECUTE FUNCTION name_lookup_refresh('tag');
CREATE TRIGGER sections_name_lookup AFTER INSERT OR UPDATE OR DELETE ON sections
    FOR EACH ROW EXECUTE FUNCTION name_lookup_refresh('section');
CREATE TRIGGER articles_name_lookup AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION name_lookup_refresh('article');

INSERT INTO name_lookup (kind, owner_id, label, key, whole, published_at)
SELECT 'entity', e.id, r.label, r.key, r.whole, NULL::timestamptz
FROM entities e, name_lookup_rows(ARRAY(SELECT value FROM jsonb_each_text(e.name)) || e.aliases) AS r
UNION ALL
SELECT 'tag', t.id, r.label, r.key, r.whole, NULL FROM tags t, name_lookup_rows(ARRAY[t.name]) AS r
UNION ALL
SELECT 'section', s.id, r.label, r.key, r.whole, NULL FROM sections s, name_lookup_rows(ARRAY[s.name]) AS r
UNION ALL
SELECT 'article', a.id, r.label, r.key, r.whole, a.published_at
FROM articles a, name_lookup_rows(ARRAY[a.title]) AS r
WHERE a.status = 'published';

-- Fuzzy entity lookup: every name and alias of an entity as one normalised text, trigram-indexed, so that
-- word_similarity (which scores the best-matching stretch of a text) finds "escp" in "escap เอสแคป unescap".
-- Stored rather than an expression index: the index is lossy, and rechecking would normalise every candidate again.
-- On the entity itself rather than in name_lookup: the lookup filters by type and counts entities, not names.
CREATE FUNCTION entity_names_text(name jsonb, aliases text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN name_lookup_key(array_to_string(ARRAY(SELECT value FROM jsonb_each_text(name)) || aliases, ' '));

ALTER TABLE entities ADD COLUMN lookup_names text GENERATED ALWAYS AS (entity_names_text(name, aliases)) STORED;
CREATE INDEX entities_lookup_names_trgm_idx ON entities USING gin (lookup_names gin_trgm_ops);
