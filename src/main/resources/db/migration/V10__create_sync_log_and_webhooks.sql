-- Partner delivery (issue #5): the sync change log and the webhook outbox.

-- One row per content change, written by dev.khao.sync.SyncRecorder inside the writing transaction, so a row exists
-- exactly when its change committed. txid is that transaction's id: readers only take rows of transactions older
-- than the oldest one still running (pg_snapshot_xmin), which is what makes the log safe against out-of-order commits
-- (see dev.khao.sync.SyncService). A row only says "this resource may have changed"; sync answers carry the state
-- current when they are read.
CREATE TABLE sync_changes (
    seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid          xid8        NOT NULL DEFAULT pg_current_xact_id(),
    resource_type text        NOT NULL CHECK (resource_type IN ('article', 'section', 'tag', 'author', 'entity')),
    resource_id   uuid        NOT NULL,
    -- Transaction start time: what retention (khao.sync.retention) prunes by.
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_changes_position_idx ON sync_changes (txid, seq);
CREATE INDEX sync_changes_recorded_at_idx ON sync_changes (recorded_at);

-- What each article linked to at its last recorded change. Link rows vanish with the article (or the catalog row)
-- before observers run, yet the catalog rows an article stopped linking to changed too (their article counts, and
-- whether any public article still shows them), and the articles showing a renamed or deleted catalog row changed.
CREATE TABLE sync_article_refs (
    article_id uuid NOT NULL,
    ref_type   text NOT NULL CHECK (ref_type IN ('section', 'tag', 'author', 'entity')),
    ref_id     uuid NOT NULL,
    PRIMARY KEY (article_id, ref_type, ref_id)
);
CREATE INDEX sync_article_refs_ref_idx ON sync_article_refs (ref_id);

INSERT INTO sync_article_refs (article_id, ref_type, ref_id)
SELECT id, 'section', section_id FROM articles WHERE section_id IS NOT NULL
UNION SELECT article_id, 'tag', tag_id FROM article_tags
UNION SELECT article_id, 'author', author_id FROM article_authors
UNION SELECT article_id, 'entity', entity_id FROM article_entities;

CREATE TABLE webhook_subscriptions (
    id             uuid        PRIMARY KEY,
    url            text        NOT NULL,
    description    text,
    events         text[]      NOT NULL,
    secret         text        NOT NULL,
    enabled        boolean     NOT NULL DEFAULT true,
    disabled_reason text,
    -- Start of the current run of failed attempts; null after a success. Disables the subscription once long enough.
    failing_since  timestamptz,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0
);

-- The transactional outbox and the delivery log in one: a row is inserted in the transaction of the change it
-- announces, then claimed, sent and updated by dev.khao.webhook.WebhookDispatcher.
CREATE TABLE webhook_deliveries (
    id              uuid        PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id        uuid        NOT NULL,
    event           text        NOT NULL,
    resource_type   text        NOT NULL,
    resource_id     uuid        NOT NULL,
    -- The exact bytes signed and sent, so retries and redeliveries send what the change described.
    payload         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    -- Failed attempts are retried until then (khao.webhooks.retry-for after the change, or after a manual redelivery).
    retry_until     timestamptz NOT NULL,
    last_attempt_at timestamptz,
    response_code   integer,
    latency_ms      integer,
    last_error      text,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, created_at DESC, id DESC);
