-- Nothing looks classifications up by product key (answers are recalled from memory), and the key is
-- the whole normalized input: the index cost a long btree insert per answer.
DROP INDEX IF EXISTS classifier.classification_key_idx;

-- Answers are a few KB of JSON: lz4 compresses them several times faster than the default pglz
-- (PostgreSQL 14+ built with lz4; elsewhere the default stays).
DO $$
BEGIN
  ALTER TABLE classifier.classification ALTER COLUMN output SET COMPRESSION lz4, ALTER COLUMN input SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'lz4 compression not available: %', SQLERRM;
END $$;
