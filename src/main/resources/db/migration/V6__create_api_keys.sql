-- API keys (issue #6). Only a SHA-256 of each key is kept: keys are 256-bit random secrets (or an operator's
-- bootstrap key), so a fast hash is enough and lets a request find its key by an index lookup.
CREATE TABLE api_keys (
    id                    uuid        PRIMARY KEY,
    name                  text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role                  text        NOT NULL CHECK (role IN ('public', 'partner', 'editor', 'admin')),
    key_hash              bytea       NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    key_prefix            text        NOT NULL,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    expires_at            timestamptz,
    last_used_at          timestamptz,
    revoked_at            timestamptz,
    rate_limit_per_minute integer     CHECK (rate_limit_per_minute > 0)
);
