-- A synchronous answer served from the gateway's answer cache is the earlier answer (source_id) with
-- its own id, time and latency: such a row stores only those fields in `output` (a few dozen bytes
-- instead of a copy of the whole answer, several KB of JSON per request) and is read as the source's
-- output overlaid with them. Rows are never deleted, so the source row stays readable.
ALTER TABLE gateway.classification ADD COLUMN output_from_source boolean NOT NULL DEFAULT false;
