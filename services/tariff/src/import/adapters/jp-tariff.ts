import { EU_MEMBERS } from "@openhs/shared/geo";
import { parseJpRate, type JpRate } from "../../domain/jp-duty-expression.js";
import { csvRecords } from "../csv.js";
import type { SourceAdapter } from "../types.js";
import { normalizeSpace, sectionOfChapter } from "../util.js";

/**
 * Japan's customs tariff schedule (実行関税率表), version 2026-07-09, scraped from Japan Customs'
 * published schedule → goods_nomenclature schedule 'JP' (every node in source order: headings and
 * 6-digit subheadings by their code, 9-digit statistical codes as declarable leaves, text-only
 * grouping rows as 'group'; parent = nearest earlier row of a lower level) and measures on the
 * leaves:
 *
 * - general (MFN): the WTO rate when it is printed without parentheses (parentheses mark a bound
 *   rate that is not applied because the basic / temporary rate is not higher), else the temporary
 *   rate, else the basic rate. An empty cell inherits from the nearest ancestor row that has one.
 * - preferential: one measure per EPA column with a rate, under a programme whose partner countries
 *   are listed below. The GSP and LDC columns are not loaded: the beneficiary lists are not in the
 *   data.
 *
 * Rates are parsed by `parseJpRate` (yen amounts, "the higher / lower of" clauses); tariff-quota
 * texts, rates by origin within an agreement and price-linked formulas stay 'unparsed' with the
 * reason. Confidence 'high' (official schedule valid on its date); data date 2026-07-09.
 */

const FILE = "jp_tariff_lines_2026-07-09.csv.gz";
const DATA_DATE = "2026-07-09";
const RATE_COLUMNS = ["basic", "temporary", "wto_bound", "gsp", "ldc_special_pref"] as const;

/**
 * EPA columns → programme name and the partner countries whose originating goods qualify (in force
 * for Japan as of 2026). Sources: Japan Customs, "EPA/FTA" (https://www.customs.go.jp/english/epa/index.htm)
 * and the agreements' entry-into-force notices; reviewed 2026-12-03. CPTPP includes the United
 * Kingdom since 2024-12-15; RCEP's ASEAN/AU/NZ column excludes Myanmar (status uncertain).
 */
const ASEAN = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];
export const JP_EPAS: Record<string, { code: string; name: string; countries: string[] }> = {
  epa_singapore: { code: "EPA-SG", name: "Japan–Singapore EPA", countries: ["SG"] },
  epa_mexico: { code: "EPA-MX", name: "Japan–Mexico EPA", countries: ["MX"] },
  epa_malaysia: { code: "EPA-MY", name: "Japan–Malaysia EPA", countries: ["MY"] },
  epa_chile: { code: "EPA-CL", name: "Japan–Chile EPA", countries: ["CL"] },
  epa_thailand: { code: "EPA-TH", name: "Japan–Thailand EPA", countries: ["TH"] },
  epa_indonesia: { code: "EPA-ID", name: "Japan–Indonesia EPA", countries: ["ID"] },
  epa_brunei: { code: "EPA-BN", name: "Japan–Brunei EPA", countries: ["BN"] },
  epa_asean: { code: "AJCEP", name: "ASEAN–Japan Comprehensive Economic Partnership", countries: ASEAN },
  epa_philippines: { code: "EPA-PH", name: "Japan–Philippines EPA", countries: ["PH"] },
  epa_switzerland: { code: "EPA-CH", name: "Japan–Switzerland EPA", countries: ["CH"] },
  epa_vietnam: { code: "EPA-VN", name: "Japan–Viet Nam EPA", countries: ["VN"] },
  epa_india: { code: "EPA-IN", name: "Japan–India CEPA", countries: ["IN"] },
  epa_peru: { code: "EPA-PE", name: "Japan–Peru EPA", countries: ["PE"] },
  epa_australia: { code: "EPA-AU", name: "Japan–Australia EPA", countries: ["AU"] },
  epa_mongolia: { code: "EPA-MN", name: "Japan–Mongolia EPA", countries: ["MN"] },
  epa_cptpp: { code: "CPTPP", name: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", countries: ["AU", "BN", "CA", "CL", "GB", "MX", "MY", "NZ", "PE", "SG", "VN"] },
  epa_eu: { code: "EPA-EU", name: "Japan–EU EPA", countries: [...EU_MEMBERS].sort() },
  epa_uk: { code: "EPA-UK", name: "Japan–UK CEPA", countries: ["GB"] },
  epa_rcep_asean_au_nz: { code: "RCEP-AANZ", name: "RCEP (schedule for ASEAN, Australia, New Zealand)", countries: [...ASEAN.filter((c) => c !== "MM"), "AU", "NZ"] },
  epa_rcep_china: { code: "RCEP-CN", name: "RCEP (schedule for China)", countries: ["CN"] },
  epa_rcep_korea: { code: "RCEP-KR", name: "RCEP (schedule for Korea)", countries: ["KR"] },
  epa_us_japan: { code: "USJTA", name: "US–Japan Trade Agreement", countries: ["US"] },
};

interface Node {
  sid: number;
  level: number;
  code: string;
  leaf: boolean;
  parent?: Node;
  description: string;
  units: string[];
  rates: Record<string, string>;
  line: number;
  position: number;
}

/** A rate cell of a node or, when empty, of its nearest ancestor. */
function inherited(n: Node, column: string): string {
  for (let a: Node | undefined = n; a; a = a.parent) if (a.rates[column]) return a.rates[column]!;
  return "";
}

function generalOf(n: Node): { text: string; rate: JpRate; column: string } | undefined {
  const wto = inherited(n, "wto_bound");
  const wtoRate = wto ? parseJpRate(wto) : undefined;
  if (wtoRate && !wtoRate.bound) return { text: wto, rate: wtoRate, column: "WTO" };
  const temp = inherited(n, "temporary");
  if (temp) return { text: temp, rate: parseJpRate(temp), column: "temporary" };
  const basic = inherited(n, "basic");
  if (basic) return { text: basic, rate: parseJpRate(basic), column: "basic" };
  return undefined;
}

export const jpTariff: SourceAdapter = {
  id: "jp-tariff-2026",
  group: "duties",
  folder: "jp-customs-tariff-2026-japan-tariff-mcp",
  files: [FILE],
  description: "Japan customs tariff schedule, version 2026-07-09: 9-digit statistical codes, MFN (WTO / temporary / basic) and EPA rates",
  licence: "MIT (repo); data from Japan Customs' published tariff schedule",
  version: "2",
  async load(ctx) {
    const nodes: Node[] = [];
    const stack: Node[] = [];
    let header: string[] | undefined;
    let position = 0;
    for (const { record, line } of csvRecords(await ctx.readText(FILE), FILE)) {
      if (!header) {
        header = record;
        for (const c of ["level", "stat_code", "code9", "is_leaf", "desc_ja", "unit_i", "unit_ii", ...RATE_COLUMNS, ...Object.keys(JP_EPAS)]) {
          if (!header.includes(c)) throw new Error(`${FILE}: column ${c} missing`);
        }
        continue;
      }
      const get = (c: string) => (record[header!.indexOf(c)] ?? "").trim();
      const level = Number(get("level"));
      if (!Number.isInteger(level) || level < 0) {
        ctx.issue(FILE, line, `level ${JSON.stringify(get("level"))} is not a number`);
        continue;
      }
      const stat = get("stat_code").replace(/\./g, "");
      const code9 = get("code9");
      if (code9 && !/^\d{9}$/.test(code9)) {
        ctx.issue(FILE, line, `code9 ${JSON.stringify(code9)} is not 9 digits`);
        continue;
      }
      if (stat && !/^\d{4}(\d{2})?$/.test(stat)) {
        ctx.issue(FILE, line, `stat_code ${JSON.stringify(get("stat_code"))} is not a 4- or 6-digit code`);
        continue;
      }
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      const rates: Record<string, string> = {};
      for (const c of [...RATE_COLUMNS, ...Object.keys(JP_EPAS)]) if (get(c)) rates[c] = get(c);
      const node: Node = {
        sid: await ctx.nextSid(),
        level,
        code: code9 || (get("stat_suffix") ? "" : stat),
        leaf: get("is_leaf") === "1" && !!code9,
        parent: stack[stack.length - 1],
        description: normalizeSpace(get("desc_ja")) || "(no description)",
        units: [get("unit_i"), get("unit_ii")].filter(Boolean),
        rates,
        line,
        position: position++,
      };
      nodes.push(node);
      stack.push(node);
    }
    for (const n of nodes) {
      const chapter = (n.code || n.parent?.code || "").slice(0, 2);
      await ctx.insert(
        "goods_nomenclature",
        {
          sid: n.sid,
          schedule: "JP",
          code: n.code,
          level: n.code.length === 9 ? "statistical" : n.code.length === 6 ? "subheading" : n.code.length === 4 ? "heading" : "group",
          indent: n.level,
          position: n.position,
          parent_sid: n.parent?.sid ?? null,
          section: chapter ? sectionOfChapter(chapter) : null,
          description: n.description,
          units: n.units,
          declarable: n.leaf,
          validity_start: DATA_DATE,
          validity_end: null,
        },
        { file: FILE, line: n.line },
      );
    }
    for (const n of nodes) {
      if (!n.leaf) continue;
      const base = { schedule: "JP", commodity_code: n.code, validity_start: DATA_DATE, validity_end: null, data_date: DATA_DATE, confidence: "high" };
      const g = generalOf(n);
      if (!g) {
        ctx.note("leaves without any MFN rate (basic, temporary or WTO)");
      } else {
        if (g.rate.expression.kind === "unparsed") ctx.note("MFN rates loaded as kind 'unparsed' (quota texts, formulas, ranges)");
        await ctx.insert(
          "measure",
          {
            ...base,
            measure_type: "general",
            geographical_area: "ERGA_OMNES",
            programs: [],
            duty_expression_text: normalizeSpace(g.text),
            duty_expression: g.rate.expression,
            legal_basis: `Customs Tariff Schedule of Japan (${DATA_DATE}), ${g.column} rate, statistical code ${n.code.slice(0, 4)}.${n.code.slice(4, 6)}-${n.code.slice(6)}`,
            notes: g.rate.marker ? [`printed with the marker ${g.rate.marker}`] : [],
          },
          { file: FILE, line: n.line },
        );
      }
      // One preferential measure per distinct EPA rate of the line, with every programme that has
      // it (as the US Special column prints "Free (AU,BH,CL,...)").
      const byText = new Map<string, string[]>();
      for (const [column, epa] of Object.entries(JP_EPAS)) {
        const text = inherited(n, column);
        if (!text) continue;
        const key = normalizeSpace(text);
        byText.set(key, [...(byText.get(key) ?? []), epa.code]);
      }
      for (const [text, codes] of byText) {
        const r = parseJpRate(text);
        if (r.bound) continue;
        if (r.expression.kind === "unparsed") ctx.note("EPA rates loaded as kind 'unparsed' (quota texts, rates by origin, formulas)");
        await ctx.insert(
          "measure",
          {
            ...base,
            measure_type: "preferential",
            geographical_area: codes.join(","),
            programs: codes,
            duty_expression_text: `${text} (${codes.join(",")})`,
            duty_expression: r.expression,
            legal_basis: `Japan's EPA schedules (${DATA_DATE}): ${codes.join(", ")}`,
            notes: r.marker ? [`printed with the marker ${r.marker}`] : [],
          },
          { file: FILE, line: n.line },
        );
      }
    }
    for (const epa of Object.values(JP_EPAS)) {
      await ctx.insert("preference_program", { schedule: "JP", code: epa.code, name: epa.name, countries: epa.countries, legal_reference: "https://www.customs.go.jp/english/epa/index.htm" });
    }
  },
};
