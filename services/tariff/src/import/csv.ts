import { CsvError, iterateCsvRecords, type CsvRecord } from "@openhs/shared/csv";

/**
 * The domain CSV reader (RFC 4180, BOM, embedded newlines, physical start line per record) with
 * the file name added to its errors. A CsvError (unterminated quote, text after a closing quote)
 * means the rest of the file cannot be trusted, so it fails the whole source (rolled back).
 * Completely empty lines are skipped.
 */
export function* csvRecords(text: string, file: string): Generator<CsvRecord> {
  try {
    yield* iterateCsvRecords(text);
  } catch (err) {
    if (err instanceof CsvError) throw new Error(`${file}: ${err.message}`);
    throw err;
  }
}
