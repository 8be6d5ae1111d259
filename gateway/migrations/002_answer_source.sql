-- A synchronous answer served from the gateway's answer cache repeats an earlier answer of the
-- classifier to the identical product: source_id is that answer's id (the classifier knows it, so
-- feedback on the repeat goes there). Null: the row's own id is the classifier's.
ALTER TABLE gateway.classification ADD COLUMN source_id uuid;

-- Synchronous and asynchronous rows have no batch: keep them out of the batch indexes (three index
-- writes fewer per answer). Queries by batch_id = $1 imply batch_id IS NOT NULL and use these.
ALTER TABLE gateway.classification DROP CONSTRAINT classification_batch_id_item_id_key;
CREATE UNIQUE INDEX classification_batch_item_idx ON gateway.classification (batch_id, item_id) WHERE batch_id IS NOT NULL;
DROP INDEX gateway.classification_batch_idx;
CREATE INDEX classification_batch_idx ON gateway.classification (batch_id, seq) WHERE batch_id IS NOT NULL;
DROP INDEX gateway.classification_batch_status_idx;
CREATE INDEX classification_batch_status_idx ON gateway.classification (batch_id, status) WHERE batch_id IS NOT NULL;

-- Answers are a few KB of JSON: lz4 compresses them several times faster than the default pglz
-- (PostgreSQL 14+ built with lz4; elsewhere the default stays).
DO $$
BEGIN
  ALTER TABLE gateway.classification ALTER COLUMN output SET COMPRESSION lz4, ALTER COLUMN input SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'lz4 compression not available: %', SQLERRM;
END $$;
