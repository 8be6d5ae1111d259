import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parseCsv } from "@openhs/shared/csv";
import type { DeclarationCodeInfo, ScopeEntry } from "../domain/types.js";

/**
 * Readers for the shared data sets the risk service uses (read from HS_DATA_DIR at start, never
 * copied): TARIC measure extracts, the US special-tariff product lists, and the UK CDS document codes.
 * Every read file is recorded so that the data version changes when a file changes.
 */
export class DatasetReader {
  /** path → bytes read, for the data version hash. */
  readonly filesRead = new Map<string, Buffer>();

  constructor(readonly dataDir: string) {}

  private raw(rel: string): Buffer {
    const file = path.join(this.dataDir, rel);
    let buf = this.filesRead.get(file);
    if (!buf) {
      try {
        buf = readFileSync(file);
      } catch (err) {
        throw new Error(`data set file ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); set HS_DATA_DIR to the shared data folder`);
      }
      this.filesRead.set(file, buf);
    }
    return buf;
  }

  text(rel: string): string {
    const buf = this.raw(rel);
    return (rel.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8").replace(/^\uFEFF/, "");
  }

  private readonly parsed = new Map<string, Record<string, string>[]>();

  /** CSV rows as objects keyed by the header (lines starting with "#" before the header are skipped). */
  csv(rel: string, delimiter = ","): Record<string, string>[] {
    const key = `${rel}\u0000${delimiter}`;
    let rows = this.parsed.get(key);
    if (!rows) this.parsed.set(key, (rows = this.parseCsvFile(rel, delimiter)));
    return rows;
  }

  private parseCsvFile(rel: string, delimiter: string): Record<string, string>[] {
    let text = this.text(rel);
    while (text.startsWith("#")) {
      const nl = text.indexOf("\n");
      text = nl < 0 ? "" : text.slice(nl + 1);
    }
    const rows = parseCsv(text, { delimiter });
    const header = rows.shift()?.map((h) => h.trim()) ?? [];
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? "").trim()])));
  }
}

/**
 * A CN / TARIC / HTS code as the prefix it defines: trailing "00" pairs mean "not subdivided at this
 * level" and are dropped (7208000000 → 7208, 25231000 → 252310, 7200000000 → 72; 2507 00 80 stays).
 */
export function codePrefix(code: string): string {
  let c = code.replace(/\D/g, "");
  while (c.length > 4 && c.length % 2 === 0 && c.endsWith("00")) c = c.slice(0, -2);
  // Headings run from XX01: "XX00" is the chapter line.
  return c.length === 4 && c.endsWith("00") ? c.slice(0, 2) : c;
}
export const taricPrefix = codePrefix;

export const TARIC_DIR = "eu-taric-measure-conditions-exclusions-2025-10";
export const BUDGETLAB_DIR = "us-special-tariff-product-lists-budgetlab";
export const UK_CDS_DIR = "uk-cds-document-codes";

/**
 * Goods codes carrying the given TARIC measure types in the October 2025 extracts (exclusions and/or
 * conditions), each with the countries the extract names for it (excluded countries, or the measure's
 * origin in the conditions table).
 */
export function taricMeasureCodes(reader: DatasetReader, measureTypes: string[], tables: Array<"exclusions" | "conditions">): Map<string, Set<string>> {
  const types = new Set(measureTypes);
  const out = new Map<string, Set<string>>();
  const add = (code: string, country: string) => {
    const p = taricPrefix(code);
    let s = out.get(p);
    if (!s) out.set(p, (s = new Set()));
    if (/^[A-Z]{2}$/.test(country)) s.add(country);
  };
  if (tables.includes("exclusions")) {
    // The two "Excluded country" headers are swapped in the file: "Excluded country" holds the ISO code.
    for (const r of reader.csv(`${TARIC_DIR}/measure_exclusions.csv.gz`, ";")) {
      if (types.has(r["Meas. type code"] ?? "")) add(r["Goods code"] ?? "", r["Excluded country"] ?? "");
    }
  }
  if (tables.includes("conditions")) {
    for (const r of reader.csv(`${TARIC_DIR}/measure_conditions.csv.gz`, ";")) {
      if (types.has(r["Meas. type code"] ?? "")) add(r["Goods code"] ?? "", r["Origin code"] ?? "");
    }
  }
  return out;
}

/** The CBAM goods-code list derived from TARIC measure type 775 (code prefix by hierarchy position). */
export function taricCbamList(reader: DatasetReader): Array<{ prefix: string; description: string; excludedOrigins: string[] }> {
  return reader.csv(`${TARIC_DIR}/cbam_goods_codes_from_taric_measure775.csv`).map((r) => {
    const pos = Number(r.hier_pos_in_taric_2026);
    const code = r.goods_code ?? "";
    return { prefix: pos >= 2 && pos <= 10 ? code.slice(0, pos) : taricPrefix(code), description: r.description_en_taric_2026 ?? "", excludedOrigins: (r.excluded_origins ?? "").split(/\s+/).filter(Boolean) };
  });
}

export interface ListSpec {
  file: string;
  /** Column with the code; absent for one-code-per-line .txt files. */
  codeColumn?: string;
  /** Keep rows whose column value is one of the values. */
  where?: Record<string, string[]>;
  /** Note per entry, with {column} placeholders. */
  note?: string;
  /** Column with the entry's start date (YYYY-MM-DD). */
  validFromColumn?: string;
  /** Start date per value of a column (e.g. Section 301 list → effective date). */
  validFromMap?: { column: string; map: Record<string, string> };
  /** Start date for every entry (when the file has none). */
  validFrom?: string;
}

/** Code entries from a US special-tariff product list (prefixes of 4–10 digits, dots removed). */
export function productListEntries(reader: DatasetReader, spec: ListSpec): ScopeEntry[] {
  const rel = `${BUDGETLAB_DIR}/${spec.file}`;
  if (spec.file.endsWith(".txt")) {
    return reader
      .text(rel)
      .split(/\r?\n/)
      .map((l) => codePrefix(l.trim()))
      .filter((c) => c.length >= 4)
      .map((prefix) => ({ prefix, note: spec.note, validFrom: spec.validFrom }));
  }
  const out: ScopeEntry[] = [];
  for (const r of reader.csv(rel)) {
    if (spec.where && !Object.entries(spec.where).every(([col, vals]) => vals.includes(r[col] ?? ""))) continue;
    const prefix = codePrefix(r[spec.codeColumn ?? ""] ?? "");
    if (prefix.length < 4 || prefix.length > 10) continue;
    const note = spec.note?.replace(/\{(\w+)\}/g, (_, c: string) => r[c] ?? "");
    const validFrom = (spec.validFromColumn && r[spec.validFromColumn]) || (spec.validFromMap && spec.validFromMap.map[r[spec.validFromMap.column] ?? ""]) || spec.validFrom;
    out.push({ prefix, note, validFrom: validFrom || undefined });
  }
  return out;
}

/** Markdown / HTML guidance → plain text. */
function plain(md: string): string {
  return md
    .replace(/<abbr[^>]*>([^<]*)<\/abbr>/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/\\([_*.[\]()-])/g, "$1")
    .replace(/\s*\n\s*-\s*/g, " • ")
    .replace(/\s+/g, " ")
    .replace(/^•\s*/, "")
    .trim();
}

/** UK CDS Appendix 5A document codes with their description and CDS completion guidance. */
export function ukCdsDocumentCodes(reader: DatasetReader): Map<string, DeclarationCodeInfo> {
  const list = JSON.parse(reader.text(`${UK_CDS_DIR}/appendix5a_document_codes_2022.json`)) as Array<{ document_code: string; description?: string }>;
  const guidance = JSON.parse(reader.text(`${UK_CDS_DIR}/chief_cds_guidance.json`)) as Record<string, { guidance_cds?: string }>;
  const out = new Map<string, DeclarationCodeInfo>();
  const codes = new Set([...list.map((x) => x.document_code.trim()), ...Object.keys(guidance)]);
  const desc = new Map(list.map((x) => [x.document_code.trim(), plain(x.description ?? "")]));
  for (const code of codes) {
    out.set(code, { code, system: "UK_CDS", description: desc.get(code) ?? "", guidance: plain(guidance[code]?.guidance_cds ?? "") });
  }
  return out;
}
