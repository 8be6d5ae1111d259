import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { ReferenceTerm } from "../domain/knowledge.js";

/**
 * Curated search references the classifier retrieves over, read from HS_DATA_DIR at start:
 * - HMRC FPO search references (term → UK 10-digit code), curated: weight 1.0
 * - HMRC Online Trade Tariff search references 2023 (term → chapter/heading/subheading/commodity): 1.0
 * - HMRC FPO extra references (real parcel descriptions → code): 0.6
 * - LLM-generated synonyms / colloquial terms per UK code (machine-generated, unreviewed): 0.3
 * Missing files are skipped (the classifier still works on the official texts and the lexicon).
 */
export async function loadReferenceTerms(dataDir: string): Promise<{ terms: ReferenceTerm[]; loaded: string[] }> {
  const dir = path.join(dataDir, "uk-tariff-search-references");
  const terms: ReferenceTerm[] = [];
  const loaded: string[] = [];
  const fpo = path.join(dir, "fpo_search_references.json");
  if (existsSync(fpo)) {
    const obj = JSON.parse(await readFile(fpo, "utf8")) as Record<string, string>;
    for (const [text, code] of Object.entries(obj)) terms.push({ text, code, weight: 1, source: "hmrc-fpo-search-references" });
    loaded.push("hmrc-fpo-search-references");
  }
  const ott = path.join(dir, "ott_search_references_2023.csv");
  if (existsSync(ott)) {
    const { parseCsv } = await import("@openhs/shared/csv");
    const rows = parseCsv(await readFile(ott, "utf8"));
    for (const r of rows.slice(1)) {
      const [title, , rawCode, , level] = r;
      if (!title || !rawCode) continue;
      const code = rawCode.replace(/-.*$/, "");
      // A reference to a chapter or a heading points at the whole of it, not at its "00" subheading.
      if (level === "Chapter") continue;
      terms.push({ text: title, code: level === "Heading" ? code.slice(0, 4) : code, weight: 1, source: "hmrc-ott-search-references-2023" });
    }
    loaded.push("hmrc-ott-search-references-2023");
  }
  const extra = path.join(dir, "fpo_extra_references.csv");
  if (existsSync(extra)) {
    const { parseCsv } = await import("@openhs/shared/csv");
    for (const r of parseCsv(await readFile(extra, "utf8")).slice(1)) {
      const [text, code] = r;
      if (text && code && /^\d{8,10}$/.test(code)) terms.push({ text, code, weight: 0.6, source: "hmrc-fpo-extra-references" });
    }
    loaded.push("hmrc-fpo-extra-references");
  }
  const llm = path.join(dataDir, "uk-commodity-llm-labels", "labelled_commodities_gemini-2.5-flash_2025-11-17.json.gz");
  if (existsSync(llm)) {
    const arr = JSON.parse(gunzipSync(await readFile(llm)).toString("utf8")) as Array<{ commodity_code: string; colloquial_terms?: string[]; synonyms?: string[] }>;
    for (const o of arr) {
      for (const t of [...(o.colloquial_terms ?? []), ...(o.synonyms ?? [])]) terms.push({ text: t, code: o.commodity_code, weight: 0.3, source: "uk-llm-labels" });
    }
    loaded.push("uk-llm-labels");
  }
  return { terms, loaded };
}
