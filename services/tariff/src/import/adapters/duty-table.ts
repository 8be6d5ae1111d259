import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { EU_MEMBERS } from "@openhs/shared/geo";
import { parseMetricDutyExpression } from "../../domain/metric-duty-expression.js";
import { csvRecords } from "../csv.js";
import type { SourceAdapter } from "../types.js";
import { isIsoDate, normalizeSpace, sectionOfChapter } from "../util.js";

/**
 * The generic duty-table format: how a user loads an official duty table of any destination.
 *
 * A folder (in HS_DATA_DIR, or in DUTY_TABLES_DIR) with two files:
 *
 * `duty-table.json`
 *   { "id": "ch-tares-2026",                 // source id: lower-case letters, digits, '-'
 *     "destination": "CH",                   // ISO 3166-1 alpha-2 of the importing country
 *     "description": "Swiss customs tariff (Tares) 2026, general duties",
 *     "source_url": "https://…",             // where the official data comes from
 *     "licence": "…",                        // as stated by the publisher
 *     "data_date": "2026-01-01",             // edition / extraction date of the data
 *     "confidence": "high" }                 // high | medium | low (how sure the table is)
 *
 * `duty-table.csv` (UTF-8, comma, header; one row per measure):
 *   code,description,measure_type,programme,origins,duty,valid_from,valid_to,legal_basis
 *   - code: national tariff line, 4–10 digits (dots and spaces allowed)
 *   - description: text of the line (the first row of a code gives its description)
 *   - measure_type: general | preferential | additional | anti_dumping
 *   - programme: programme / agreement name of a preferential rate (e.g. "EFTA-CA FTA")
 *   - origins: space-separated ISO codes the measure applies to; empty = all origins
 *     (required for preferential rates)
 *   - duty: the rate as printed, in the grammar of `parseMetricDutyExpression`: "Free", "12%",
 *     "2.50 CHF / 100 kg", "12% + 176.80 EUR / 100 kg", "5% MIN 0.30 CHF / item MAX 0.80 CHF / item"
 *   - valid_from (YYYY-MM-DD, required), valid_to (YYYY-MM-DD or empty)
 *   - legal_basis: the legal act or tariff reference
 *
 * Destinations other than the US and the EU get their own schedule (named by the ISO code; GB →
 * "UK") with one nomenclature row per code (a code's parent is the longest listed prefix), looked up
 * but not searched; for the US and EU only measures are added to the existing schedules. A rate the
 * grammar does not cover is loaded as kind "unparsed" with the reason (never a guess), and counted.
 */

export const DUTY_TABLE_META = "duty-table.json";
export const DUTY_TABLE_CSV = "duty-table.csv";
const HEADER = "code,description,measure_type,programme,origins,duty,valid_from,valid_to,legal_basis";
const TYPES = new Set(["general", "preferential", "additional", "anti_dumping"]);

export interface DutyTableMeta {
  id: string;
  destination: string;
  description: string;
  source_url: string;
  licence: string;
  data_date: string;
  confidence: "high" | "medium" | "low";
}

/** Validates a duty-table.json; throws with the field and reason. */
export function parseDutyTableMeta(text: string, where: string): DutyTableMeta {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${where}: not valid JSON (${(err as Error).message})`);
  }
  const m = raw as Record<string, unknown>;
  const str = (k: string) => (typeof m[k] === "string" ? (m[k] as string).trim() : "");
  const fail = (k: string, why: string): never => {
    throw new Error(`${where}: ${k} ${why}`);
  };
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(str("id"))) fail("id", "must be lower-case letters, digits and '-' (2-63 characters)");
  if (!/^[A-Z]{2}$/.test(str("destination"))) fail("destination", "must be an ISO 3166-1 alpha-2 code such as CH");
  if (!str("description")) fail("description", "is required");
  if (!/^https?:\/\//.test(str("source_url"))) fail("source_url", "must be the URL of the official source");
  if (!str("licence")) fail("licence", "is required (as stated by the publisher; 'unknown' if none)");
  if (!isIsoDate(str("data_date"))) fail("data_date", "must be YYYY-MM-DD");
  if (!["high", "medium", "low"].includes(str("confidence"))) fail("confidence", "must be high, medium or low");
  return { id: str("id"), destination: str("destination"), description: str("description"), source_url: str("source_url"), licence: str("licence"), data_date: str("data_date"), confidence: str("confidence") as DutyTableMeta["confidence"] };
}

/** The schedule a destination's duty table goes to. */
export function scheduleForDestination(dest: string): string {
  if (dest === "US") return "US";
  if (EU_MEMBERS.has(dest)) return "EU";
  return dest === "GB" ? "UK" : dest;
}

/** An adapter for one duty-table folder (absolute path, or relative to the data dir). */
export function dutyTableAdapter(folder: string, meta: DutyTableMeta): SourceAdapter {
  const schedule = scheduleForDestination(meta.destination);
  return {
    id: meta.id,
    group: "duty-tables",
    folder,
    files: [DUTY_TABLE_META, DUTY_TABLE_CSV],
    description: `${meta.description} (duty table for ${meta.destination}, ${meta.source_url})`,
    licence: meta.licence,
    version: "1",
    async load(ctx) {
      const rows: Array<{ code: string; description: string; type: string; programme: string; origins: string[]; duty: string; from: string; to: string | null; legal: string; line: number }> = [];
      let header = true;
      for (const { record, line } of csvRecords(await ctx.readText(DUTY_TABLE_CSV), DUTY_TABLE_CSV)) {
        if (header) {
          header = false;
          if (record.map((f) => f.trim()).join(",") !== HEADER) throw new Error(`${DUTY_TABLE_CSV}: the header must be ${HEADER}`);
          continue;
        }
        if (record.length !== 9) {
          ctx.issue(DUTY_TABLE_CSV, line, `expected 9 fields, got ${record.length}`);
          continue;
        }
        const [codeRaw, desc, type, programme, originsRaw, duty, from, to, legal] = record.map((f) => f.trim()) as string[];
        const code = codeRaw!.replace(/[.\s-]/g, "");
        const origins = originsRaw!.split(/\s+/).filter(Boolean).map((o) => o.toUpperCase());
        let why: string | undefined;
        if (!/^\d{4,10}$/.test(code)) why = `code ${JSON.stringify(codeRaw)} is not 4 to 10 digits`;
        else if (!TYPES.has(type!)) why = `measure_type ${JSON.stringify(type)} is not general, preferential, additional or anti_dumping`;
        else if (origins.some((o) => !/^[A-Z]{2}$/.test(o))) why = `origins ${JSON.stringify(originsRaw)} must be ISO alpha-2 codes separated by spaces`;
        else if (type === "preferential" && (origins.length === 0 || !programme)) why = "a preferential rate needs its programme and its origins";
        else if (!duty) why = "duty is empty";
        else if (!isIsoDate(from!)) why = `valid_from ${JSON.stringify(from)} is not YYYY-MM-DD`;
        else if (to && (!isIsoDate(to) || to < from!)) why = `valid_to ${JSON.stringify(to)} is not a date on or after valid_from`;
        if (why) {
          ctx.issue(DUTY_TABLE_CSV, line, why);
          continue;
        }
        rows.push({ code, description: normalizeSpace(desc!), type: type!, programme: programme!, origins, duty: duty!, from: from!, to: to || null, legal: legal!, line });
      }
      if (schedule !== "US" && schedule !== "EU") {
        // Nomenclature: one row per code; parent = the longest listed prefix.
        const codes = [...new Map(rows.map((r) => [r.code, r])).values()].sort((a, b) => (a.code < b.code ? -1 : 1));
        const sids = new Map<string, number>();
        for (const r of codes) sids.set(r.code, await ctx.nextSid());
        const listed = new Set(codes.map((r) => r.code));
        const hasChild = new Set<string>();
        const parentOf = (code: string) => {
          for (let n = code.length - 1; n >= 4; n--) if (listed.has(code.slice(0, n))) return code.slice(0, n);
          return undefined;
        };
        for (const r of codes) {
          const p = parentOf(r.code);
          if (p) hasChild.add(p);
        }
        let position = 0;
        for (const r of codes) {
          const parent = parentOf(r.code);
          await ctx.insert(
            "goods_nomenclature",
            {
              sid: sids.get(r.code),
              schedule,
              code: r.code,
              level: r.code.length <= 4 ? "heading" : r.code.length <= 6 ? "subheading" : r.code.length <= 8 ? "tariff_line" : "statistical",
              indent: parent ? parent.length : 0,
              position: position++,
              parent_sid: parent ? sids.get(parent) : null,
              section: sectionOfChapter(r.code.slice(0, 2)),
              description: r.description || r.code,
              declarable: !hasChild.has(r.code),
              validity_start: r.from,
              validity_end: null,
            },
            { file: DUTY_TABLE_CSV, line: r.line },
          );
        }
      }
      for (const r of rows) {
        const e = parseMetricDutyExpression(r.duty);
        if (e.kind === "unparsed") ctx.note("rates loaded as kind 'unparsed' (outside the duty-table grammar)");
        const programme = r.programme ? r.programme.replace(/\s+/g, " ") : "";
        await ctx.insert(
          "measure",
          {
            schedule,
            commodity_code: schedule === "EU" ? r.code.padEnd(10, "0") : r.code,
            measure_type: r.type,
            geographical_area: r.origins.length ? r.origins.join(",") : "ERGA_OMNES",
            programs: programme ? [programme] : [],
            duty_expression_text: normalizeSpace(r.duty),
            duty_expression: e,
            validity_start: r.from,
            validity_end: r.to,
            legal_basis: r.legal || `${meta.description}, ${r.code}`,
            data_date: meta.data_date,
            confidence: meta.confidence,
          },
          { file: DUTY_TABLE_CSV, line: r.line },
        );
      }
      // Programmes of the table (name → origins), so preferential measures can be matched to origins.
      const programmes = new Map<string, Set<string>>();
      for (const r of rows) if (r.type === "preferential" && r.programme) for (const o of r.origins) (programmes.get(r.programme) ?? programmes.set(r.programme, new Set()).get(r.programme)!).add(o);
      for (const [name, origins] of programmes) {
        await ctx.insert("preference_program", { schedule, code: name, name, countries: [...origins].sort(), legal_reference: meta.description });
      }
    },
  };
}

/**
 * Finds duty-table folders: subfolders of each directory that contain duty-table.json. A folder
 * whose JSON is invalid is an error (the import of that source fails with the reason).
 */
export function discoverDutyTables(dirs: string[]): SourceAdapter[] {
  const out: SourceAdapter[] = [];
  for (const dir of dirs) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const folder = path.join(dir, name);
      const metaFile = path.join(folder, DUTY_TABLE_META);
      if (!statSync(folder).isDirectory() || !existsSync(metaFile)) continue;
      try {
        out.push(dutyTableAdapter(folder, parseDutyTableMeta(readFileSync(metaFile, "utf8"), path.join(name, DUTY_TABLE_META))));
      } catch (err) {
        // An invalid description fails this source only, with the reason.
        const message = (err as Error).message;
        out.push({
          id: `duty-table-${name.toLowerCase().replace(/[^a-z0-9-]/g, "-")}`,
          group: "duty-tables",
          folder,
          files: [DUTY_TABLE_META],
          description: `duty table in ${folder}`,
          licence: "unknown",
          version: "1",
          async load() {
            throw new Error(message);
          },
        });
      }
    }
  }
  return out;
}
