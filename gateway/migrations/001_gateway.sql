-- Gateway data (schema "gateway"): API keys, classifications and batches made through the public API,
-- feedback forwarded to the classifier, webhooks and their deliveries, usage counters.
-- Rows are kept (no expiry): results stay retrievable for at least a year.

CREATE TABLE gateway.api_key (
  id                    uuid PRIMARY KEY,
  name                  text NOT NULL,
  prefix                text NOT NULL UNIQUE,       -- public part of the key ("ohs_<prefix>_…"), shown in listings
  key_hash              text NOT NULL,              -- sha256 of the whole key, hex; the key itself is never stored
  rate_limit_per_minute integer NOT NULL CHECK (rate_limit_per_minute > 0),
  created_at            timestamptz NOT NULL DEFAULT now(),
  revoked_at            timestamptz
);

CREATE TABLE gateway.batch (
  id               uuid PRIMARY KEY,
  key_id           uuid NOT NULL REFERENCES gateway.api_key(id),
  idempotency_key  text,
  status           text NOT NULL CHECK (status IN ('running', 'completed')),
  total            integer NOT NULL,
  distinct_products integer NOT NULL,
  published_at     timestamptz,                    -- every work item handed to the work stream
  created_at       timestamptz NOT NULL DEFAULT now(),
  completed_at     timestamptz,
  UNIQUE (key_id, idempotency_key)
);
CREATE INDEX batch_key_created_idx ON gateway.batch (key_id, created_at DESC);
CREATE INDEX batch_running_idx ON gateway.batch (created_at) WHERE status = 'running';

-- One row per classification: a synchronous or asynchronous one (batch_id NULL) or one batch item.
CREATE TABLE gateway.classification (
  id              uuid PRIMARY KEY,                 -- also the classifier's id (feedback goes there)
  key_id          uuid NOT NULL REFERENCES gateway.api_key(id),
  batch_id        uuid REFERENCES gateway.batch(id),
  item_id         text,                             -- the client's id of a batch item
  seq             integer,                          -- position of the item in its batch
  mode            text NOT NULL CHECK (mode IN ('sync', 'async', 'batch')),
  status          text NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
  input           jsonb NOT NULL,
  output          jsonb,
  error           jsonb,                            -- {code, message} when failed
  engine_version  text,
  data_version    text,
  attempts        integer NOT NULL DEFAULT 0,       -- worker deliveries it took
  created_at      timestamptz NOT NULL DEFAULT now(),
  completed_at    timestamptz,
  UNIQUE (batch_id, item_id)
);
CREATE INDEX classification_key_created_idx ON gateway.classification (key_id, created_at DESC, id) WHERE batch_id IS NULL;
CREATE INDEX classification_batch_idx ON gateway.classification (batch_id, seq);
CREATE INDEX classification_batch_status_idx ON gateway.classification (batch_id, status);
CREATE INDEX classification_pending_single_idx ON gateway.classification (created_at) WHERE status = 'pending' AND batch_id IS NULL;

CREATE TABLE gateway.feedback (
  id                 uuid PRIMARY KEY,              -- the classifier's feedback id
  classification_id  uuid NOT NULL REFERENCES gateway.classification(id),
  key_id             uuid NOT NULL REFERENCES gateway.api_key(id),
  verdict            text NOT NULL CHECK (verdict IN ('confirmed', 'corrected')),
  code               text NOT NULL,
  comment            text,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_classification_idx ON gateway.feedback (classification_id);

CREATE TABLE gateway.webhook (
  key_id      uuid PRIMARY KEY REFERENCES gateway.api_key(id),
  url         text NOT NULL,
  secret      text NOT NULL,                        -- HMAC-SHA256 signing secret (shown once to the key owner)
  events      text[] NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE gateway.webhook_delivery (
  id               uuid PRIMARY KEY,
  key_id           uuid NOT NULL REFERENCES gateway.api_key(id),
  event            text NOT NULL,
  payload          jsonb NOT NULL,
  status           text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  last_status      integer,                         -- HTTP status of the last attempt
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  delivered_at     timestamptz
);
CREATE INDEX webhook_delivery_due_idx ON gateway.webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_key_idx ON gateway.webhook_delivery (key_id, created_at DESC);

CREATE TABLE gateway.usage_daily (
  key_id    uuid NOT NULL REFERENCES gateway.api_key(id),
  day       date NOT NULL,
  endpoint  text NOT NULL,                          -- "POST /v1/classify", …, or "batch items"
  count     bigint NOT NULL,
  PRIMARY KEY (key_id, day, endpoint)
);
