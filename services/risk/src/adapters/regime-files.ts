import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { compareOrigins, compareScopes } from "../domain/cross-check.js";
import { RegimeSet, type Coverage } from "../domain/regime-set.js";
import type { Category, CodeScope, Grade, Regime, ScopeEntry } from "../domain/types.js";
import { codePrefix, DatasetReader, productListEntries, taricCbamList, taricMeasureCodes, ukCdsDocumentCodes } from "./datasets.js";

/**
 * Reads the reviewed regime files (services/risk/data/*.json, or RISK_REGIMES_DIR) and the data sets
 * some scopes are derived from, validates them, and builds the RegimeSet. Any error names the file
 * and regime; the service refuses to start on bad data rather than answer from part of it.
 */

/** The regime files shipped with the service. */
export const DEFAULT_REGIMES_DIR = fileURLToPath(new URL("../../data", import.meta.url));

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const country = z.string().regex(/^([A-Z]{2}|\*)$/, "must be an ISO alpha-2 code, EU or *");
const countries = z.object({ include: z.array(country).min(1), exclude: z.array(country).default([]) });
const code = z.string().transform((s) => s.replace(/[.\s]/g, "")).pipe(z.string().regex(/^\d{2,10}$/, "must be 2–10 digits"));
const entry = z.union([
  code.transform((prefix) => ({ prefix })),
  z.object({ prefix: code, note: z.string().optional(), condition: z.string().optional(), valid_from: date.optional(), valid_to: date.optional() }).strict(),
]);
const listSpec = z
  .object({
    file: z.string(),
    code_column: z.string().optional(),
    where: z.record(z.string(), z.array(z.string())).optional(),
    note: z.string().optional(),
    valid_from_column: z.string().optional(),
    valid_from_map: z.object({ column: z.string(), map: z.record(z.string(), date) }).optional(),
    valid_from: date.optional(),
  })
  .strict();
const scopeFrom = z
  .object({
    list: z.enum(["applies", "conditional"]),
    condition: z.string().optional(),
    taric_measures: z.object({ types: z.array(z.string().regex(/^\d{3}$/)).min(1), tables: z.array(z.enum(["exclusions", "conditions"])).min(1) }).strict().optional(),
    product_list: listSpec.optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((s) => !!s.taric_measures !== !!s.product_list, "needs exactly one of taric_measures, product_list");
const documentSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9_]+$/),
    name: z.string().min(1),
    issuing_authority: z.string().min(1),
    description: z.string().min(1),
    mandatory: z.boolean(),
    uk_cds_codes: z.array(z.string().regex(/^[A-Z0-9]{4}$/)).default([]),
  })
  .strict();
const regimeSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
    name: z.string().min(1),
    category: z.enum(["carbon", "trade_remedy", "sanctions", "export_control", "product_safety", "chemicals", "labelling", "customs"]),
    jurisdiction: z.enum(["EU", "US", "GB"]),
    direction: z.enum(["import", "export"]),
    level: z.enum(["L0", "L1", "L2", "L3", "L4", "L5", "L6"]),
    countries,
    counterparties: countries,
    all_codes: z.boolean().default(false),
    scope: z
      .object({ applies: z.array(entry).default([]), conditional: z.array(entry).default([]), exclude: z.array(entry).default([]) })
      .strict()
      .default({ applies: [], conditional: [], exclude: [] }),
    scope_from: z.array(scopeFrom).default([]),
    /** Reuse another regime's code scope (same file or any file; no chains). */
    scope_like: z.string().optional(),
    /** Add the reused entries as "conditional" (with `scope_like_condition`) instead of as they are. */
    scope_like_as: z.enum(["same", "conditional"]).default("same"),
    scope_like_condition: z.string().optional(),
    /** Prefixes removed from the reused scope. */
    scope_like_drop: z.array(code).default([]),
    cross_check: z.enum(["taric_cbam_775"]).optional(),
    condition: z.string().optional(),
    valid_from: date.optional(),
    valid_to: date.optional(),
    after_end: z.string().optional(),
    superseded_by: z.string().optional(),
    value_threshold: z
      .object({ currency: z.string().regex(/^[A-Z]{3}$/), amount: z.string().regex(/^\d+(\.\d+)?$/), applies_when: z.enum(["above", "at_or_below"]), description: z.string().min(1) })
      .strict()
      .optional(),
    obligations: z.array(z.string().min(1)).min(1),
    documents: z.array(documentSchema).default([]),
    notes: z.array(z.string()).default([]),
    legal_ref: z.string().min(1),
    source_url: z.string().url(),
    verified_date: date,
  })
  .strict();
const fileSchema = z.object({ description: z.string(), regimes: z.array(z.unknown()) }).strict();
const coverageSchema = z
  .object({
    description: z.string(),
    jurisdictions: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          destinations: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
          warnings: z.array(z.object({ code: z.string().regex(/^[A-Z_]+$/), message: z.string() }).strict()).default([]),
        })
        .strict(),
    ),
    general_warnings: z.array(z.object({ code: z.string().regex(/^[A-Z_]+$/), message: z.string() }).strict()).default([]),
  })
  .strict();

const toEntry = (e: z.infer<typeof entry>): ScopeEntry => {
  const o = e as { prefix: string; note?: string; condition?: string; valid_from?: string; valid_to?: string };
  return { prefix: codePrefix(o.prefix), note: o.note, condition: o.condition, validFrom: o.valid_from, validTo: o.valid_to };
};

function issues(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

export interface LoadOptions {
  regimesDir?: string;
  /** HS_DATA_DIR: the shared data sets (TARIC extracts, US product lists, UK CDS codes). */
  dataDir: string;
  /** Date for the cross-checks (the scope valid on that date); default today. */
  asOf?: string;
}

/** Loads every regime file and data set; throws with the file and regime named on any error. */
export function loadRegimeSet(opts: LoadOptions): RegimeSet {
  const dir = opts.regimesDir ?? DEFAULT_REGIMES_DIR;
  const reader = new DatasetReader(opts.dataDir);
  const hash = createHash("sha256");
  const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);

  const coverageText = readFileSync(path.join(dir, "coverage.json"), "utf8");
  hash.update(coverageText);
  const covParsed = coverageSchema.safeParse(JSON.parse(coverageText));
  if (!covParsed.success) throw new Error(`coverage.json: ${issues(covParsed.error)}`);
  const coverage: Coverage[] = covParsed.data.jurisdictions.map((j) => ({ jurisdiction: j.id, name: j.name, destinations: j.destinations, warnings: j.warnings }));

  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "coverage.json")
    .sort();
  if (files.length === 0) throw new Error(`no regime files (*.json) in ${dir}`);
  const regimes: Regime[] = [];
  const findings: string[] = [];
  const pendingLike: Array<{ id: string; file: string; like: string; as: "same" | "conditional"; condition?: string; drop: string[] }> = [];
  const declarationCodes = ukCdsDocumentCodes(reader);
  let latestVerified = "";
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), "utf8");
    hash.update(file).update(text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
    }
    const f = fileSchema.safeParse(json);
    if (!f.success) throw new Error(`${file}: ${issues(f.error)}`);
    f.data.regimes.forEach((raw, i) => {
      const p = regimeSchema.safeParse(raw);
      const id = (raw as { id?: string })?.id ?? `#${i}`;
      if (!p.success) throw new Error(`${file} regime ${id}: ${issues(p.error)}`);
      const r = p.data;
      const scope: CodeScope = { applies: r.scope.applies.map(toEntry), conditional: r.scope.conditional.map(toEntry), exclude: r.scope.exclude.map(toEntry) };
      const sources: string[] = [];
      for (const s of r.scope_from) {
        let entries: ScopeEntry[];
        if (s.taric_measures) {
          const codes = taricMeasureCodes(reader, s.taric_measures.types, s.taric_measures.tables);
          entries = [...codes].map(([prefix, named]) => ({
            prefix,
            note: (s.note ?? "TARIC measure type {types}").replace("{types}", s.taric_measures!.types.join("/")) + (named.size ? `; countries named in the extract: ${[...named].sort().join(", ")}` : ""),
            condition: s.condition,
          }));
          sources.push(`data set eu-taric-measure-conditions-exclusions-2025-10 (TARIC measure type ${s.taric_measures.types.join("/")}, ${s.taric_measures.tables.join(" + ")}, October 2025)`);
        } else {
          const spec = s.product_list!;
          entries = productListEntries(reader, {
            file: spec.file,
            codeColumn: spec.code_column,
            where: spec.where,
            note: spec.note ?? s.note,
            validFromColumn: spec.valid_from_column,
            validFromMap: spec.valid_from_map,
            validFrom: spec.valid_from,
          }).map((e) => ({ ...e, condition: s.condition }));
          sources.push(`data set us-special-tariff-product-lists-budgetlab (${spec.file})`);
        }
        if (entries.length === 0) throw new Error(`${file} regime ${r.id}: scope_from yielded no codes`);
        scope[s.list].push(...entries);
      }
      if (!r.all_codes && !r.scope_like && scope.applies.length + scope.conditional.length === 0) throw new Error(`${file} regime ${r.id}: empty code scope`);
      if (r.scope_like) pendingLike.push({ id: r.id, file, like: r.scope_like, as: r.scope_like_as, condition: r.scope_like_condition, drop: r.scope_like_drop });
      for (const d of r.documents) {
        for (const c of d.uk_cds_codes) if (!declarationCodes.has(c)) throw new Error(`${file} regime ${r.id}: UK CDS document code ${c} is not in the code list`);
      }
      const hand = r.scope.applies.length + r.scope.conditional.length + r.scope.exclude.length > 0 || r.all_codes;
      const scopeSource = [...(hand ? [`reviewed file ${file}`] : []), ...sources, ...(r.scope_like ? [`scope of ${r.scope_like}`] : [])].join(" + ");
      const regime: Regime = {
        id: r.id,
        name: r.name,
        category: r.category as Category,
        jurisdiction: r.jurisdiction,
        direction: r.direction,
        level: Number(r.level.slice(1)) as Grade,
        countries: r.countries,
        counterparties: r.counterparties,
        allCodes: r.all_codes,
        scope,
        condition: r.condition,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        afterEnd: r.after_end,
        supersededBy: r.superseded_by,
        valueThreshold: r.value_threshold
          ? { currency: r.value_threshold.currency, amount: r.value_threshold.amount, appliesWhen: r.value_threshold.applies_when, description: r.value_threshold.description }
          : undefined,
        obligations: r.obligations,
        documents: r.documents.map((d) => ({ code: d.code, name: d.name, issuingAuthority: d.issuing_authority, description: d.description, mandatory: d.mandatory, ukCdsCodes: d.uk_cds_codes })),
        notes: r.notes,
        legalRef: r.legal_ref,
        sourceUrl: r.source_url,
        verifiedDate: r.verified_date,
        scopeSource,
        file,
      };
      if (r.verified_date > latestVerified) latestVerified = r.verified_date;
      if (r.cross_check === "taric_cbam_775") {
        const list = taricCbamList(reader);
        findings.push(
          ...compareScopes(`${r.id} (${r.legal_ref})`, scope, { name: "TARIC measure 775 list", prefixes: list.map((x) => x.prefix) }, asOf),
          ...compareOrigins(r.id, r.counterparties.exclude, { name: "TARIC measure 775 list", codes: [...new Set(list.flatMap((x) => x.excludedOrigins))] }, { XC: "Ceuta", XL: "Melilla" }),
        );
      }
      regimes.push(regime);
    });
  }
  // Reused scopes, resolved in dependency order (a regime may reuse one that reuses another).
  const byId = new Map(regimes.map((r) => [r.id, r]));
  const pending = new Map(pendingLike.map((p) => [p.id, p]));
  const resolving = new Set<string>();
  const resolve = (id: string) => {
    const p = pending.get(id);
    if (!p) return;
    if (resolving.has(id)) throw new Error(`${p.file} regime ${id}: scope_like forms a cycle`);
    resolving.add(id);
    const source = byId.get(p.like);
    if (!source) throw new Error(`${p.file} regime ${id}: scope_like names unknown regime ${p.like}`);
    resolve(p.like);
    const target = byId.get(id)!;
    const keep = (e: ScopeEntry) => !p.drop.includes(e.prefix);
    if (p.as === "conditional") {
      const cond = p.condition ?? source.condition;
      target.scope.conditional.push(...[...source.scope.applies, ...source.scope.conditional].filter(keep).map((e) => ({ ...e, condition: [cond, e.condition].filter(Boolean).join("; ") || undefined })));
    } else {
      target.scope.applies.push(...source.scope.applies.filter(keep));
      target.scope.conditional.push(...source.scope.conditional.filter(keep));
    }
    target.scope.exclude.push(...source.scope.exclude);
    if (!target.condition) target.condition = source.condition;
    pending.delete(id);
    resolving.delete(id);
  };
  for (const id of [...pending.keys()]) resolve(id);
  for (const [file, buf] of [...reader.filesRead].sort(([a], [b]) => a.localeCompare(b))) hash.update(path.basename(file)).update(buf);
  return new RegimeSet({
    regimes,
    coverage,
    generalWarnings: covParsed.data.general_warnings,
    declarationCodes,
    dataVersion: `risk-${latestVerified}-${hash.digest("hex").slice(0, 12)}`,
    crossCheckFindings: findings,
  });
}
