-- Classifier data: classifications it answered (input, output, versions) and the feedback on them.

CREATE TABLE classifier.classification (
  id              uuid PRIMARY KEY,
  product_key     text NOT NULL,           -- normalized product identity (cache / feedback key)
  input           jsonb NOT NULL,
  output          jsonb NOT NULL,
  engine_version  text NOT NULL,
  data_version    text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX classification_created_idx ON classifier.classification (created_at DESC);
CREATE INDEX classification_key_idx ON classifier.classification (product_key);

CREATE TABLE classifier.feedback (
  id                 uuid PRIMARY KEY,
  classification_id  uuid NOT NULL REFERENCES classifier.classification(id),
  verdict            text NOT NULL CHECK (verdict IN ('confirmed', 'corrected')),
  code               text NOT NULL,          -- the confirmed or corrected code
  comment            text,
  idempotency_key    text UNIQUE,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_classification_idx ON classifier.feedback (classification_id);
