/**
 * A small, fast RFC 4180 CSV reader.
 *
 * - Fields are separated by `,`; records end at CRLF, LF or a lone CR.
 * - A field that starts with `"` is quoted: it runs to the next `"` that is not doubled (`""` is one
 *   literal quote) and may contain delimiters and line breaks, which are kept as they are.
 * - A leading UTF-8 byte order mark (U+FEFF) is dropped.
 * - A `"` inside an unquoted field is kept literally (lenient, as most producers expect).
 * - Malformed input that would silently shift columns throws {@link CsvError} with the physical line:
 *   an unterminated quoted field, or characters between a closing quote and the next delimiter.
 * - Completely empty lines (no characters at all) are skipped by default; a trailing line break at
 *   the end of the text does not produce an extra record.
 *
 * Pure string processing: no I/O, no dependencies.
 */

export interface CsvRecord {
  /** The fields of the record, unquoted. */
  record: string[];
  /** 1-based physical line on which the record starts (line breaks inside quoted fields count). */
  line: number;
}

export interface CsvOptions {
  /** Field delimiter, one character. Default ",". */
  delimiter?: string;
  /** Skip lines that contain no characters at all. Default true. */
  skipEmptyLines?: boolean;
}

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based physical line where the problem was found. */
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
    this.name = "CsvError";
  }
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/**
 * Yields the records of a CSV text one by one, with the physical line each starts on.
 * Cost is linear in the text length; quoted fields are sliced with `indexOf`, not char by char.
 */
export function* iterateCsvRecords(text: string, options: CsvOptions = {}): Generator<CsvRecord> {
  const delimiter = options.delimiter ?? ",";
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
    throw new TypeError(`invalid CSV delimiter ${JSON.stringify(delimiter)}`);
  }
  const DELIM = delimiter.charCodeAt(0);
  const skipEmpty = options.skipEmptyLines ?? true;

  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1; // physical line of position i

  while (i < n) {
    const recordLine = line;
    // An empty line: no fields at all.
    const c0 = text.charCodeAt(i);
    if (c0 === LF || c0 === CR) {
      i += c0 === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      if (!skipEmpty) yield { record: [""], line: recordLine };
      continue;
    }

    const record: string[] = [];
    // Parse fields until the end of the record.
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        // Quoted field.
        let value = "";
        let start = i + 1;
        for (;;) {
          const q = text.indexOf('"', start);
          if (q === -1) throw new CsvError("unterminated quoted field", recordLine);
          const chunk = text.slice(start, q);
          line += countLineBreaks(chunk);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += chunk + '"';
            start = q + 2;
            continue;
          }
          value += chunk;
          i = q + 1;
          break;
        }
        record.push(value);
        // After the closing quote: delimiter, line break or end of text.
        const c = text.charCodeAt(i);
        if (c === DELIM) {
          i++;
          continue;
        }
        if (i >= n) break;
        if (c === CR || c === LF) {
          i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
          line++;
          break;
        }
        throw new CsvError(`unexpected character ${JSON.stringify(text[i])} after a closing quote`, line);
      } else {
        // Unquoted field: up to the next delimiter or line break.
        let j = i;
        let c = 0;
        while (j < n) {
          c = text.charCodeAt(j);
          if (c === DELIM || c === LF || c === CR) break;
          j++;
        }
        record.push(text.slice(i, j));
        if (j >= n) {
          i = n;
          break;
        }
        if (c === DELIM) {
          // The next iteration reads the following field (an empty one if the text ends here).
          i = j + 1;
          continue;
        }
        i = j + (c === CR && text.charCodeAt(j + 1) === LF ? 2 : 1);
        line++;
        break;
      }
    }
    yield { record, line: recordLine };
  }
}

/** Parses a whole CSV text into records (arrays of fields). See {@link iterateCsvRecords}. */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  const out: string[][] = [];
  for (const { record } of iterateCsvRecords(text, options)) out.push(record);
  return out;
}

/** Counts physical line breaks (CRLF, LF, lone CR) in a string. */
function countLineBreaks(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && s.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}
