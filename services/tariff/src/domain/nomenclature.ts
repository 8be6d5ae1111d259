import { Bm25Index, InputError, NotFoundError, isValidOn } from "@openhs/shared";
import { expandSearchToken } from "./search-synonyms.js";

/**
 * The in-memory nomenclature: every schedule's goods nomenclature as a tree, indexed by code and
 * searchable. Built once from plain rows (see adapters/pg-snapshot.ts); all look-ups are pure CPU.
 */

/**
 * Nomenclatures: HS editions, the US and EU schedules, and duty-table schedules of other
 * destinations ("UK", "JP", "AU", "NO", or the ISO code of a user-imported duty table), which are
 * looked up but not searched.
 */
export type Schedule = "HS2022" | "HS2017" | "US" | "EU" | "UK" | "JP" | "AU" | "NO" | (string & {});
export type Level = "section" | "chapter" | "heading" | "subheading" | "tariff_line" | "statistical" | "group";

export interface NomenclatureRow {
  sid: number;
  schedule: string;
  code: string;
  suffix: string;
  level: string;
  indent: number;
  position: number;
  parentSid: number | null;
  section: string | null;
  description: string;
  units: string[];
  declarable: boolean;
  validityStart: string | null;
  validityEnd: string | null;
  sourceId: string;
}

export interface SectionRow {
  edition: string;
  roman: string;
  number: number;
  title: string;
  sourceId: string;
}

export interface CorrelationRow {
  hs2022: string;
  hs2017: string;
  relationship: string;
}

/** A node of the tree as returned by look-ups. */
export interface Commodity {
  sid: number;
  schedule: Schedule;
  code: string;
  formattedCode: string;
  level: Level;
  description: string;
  fullDescription: string;
  section: string;
  units: string[];
  declarable: boolean;
  validityStart: string;
  validityEnd: string;
  sourceId: string;
  suffix: string;
  hasChildren: boolean;
  indent: number;
}

interface Node {
  row: NomenclatureRow;
  children: number[]; // sids, source order
}

export const SCHEDULES: Schedule[] = ["HS2022", "HS2017", "US", "EU"];
/** Schedules in the full-text search index; duty-table schedules are looked up by code only. */
const SEARCHABLE = new Set<string>(SCHEDULES);

/** Where a schedule's chapters/sections come from when the schedule itself has none (US has no chapter rows). */
const HS_EDITION: Record<string, "HS2022" | "HS2017"> = { HS2017: "HS2017" };
const editionOf = (schedule: string): "HS2022" | "HS2017" => HS_EDITION[schedule] ?? "HS2022";

/** Strips separators: "6109.10.00.12" → "6109100012". Rejects anything that is not 2–10 digits. */
export function normalizeCode(input: string, field = "code"): string {
  const trimmed = (input ?? "").trim();
  if (trimmed === "") throw new InputError(field, "is required");
  if (trimmed.length > 32) throw new InputError(field, "is too long (at most 10 digits with separators)");
  const digits = trimmed.replace(/[.\s-]/g, "");
  if (!/^\d+$/.test(digits)) throw new InputError(field, "must contain only digits (separators . - and spaces allowed)");
  if (digits.length < 2 || digits.length > 10) throw new InputError(field, "must have 2 to 10 digits");
  if (digits.length % 2 === 1) throw new InputError(field, "must have an even number of digits (2, 4, 6, 8 or 10)");
  return digits;
}

/** Formats a code the way the schedule prints it: 6109 / 6109.10 / 6109.10.00 / 6109.10.00.12. */
export function formatCode(code: string): string {
  if (code.length <= 4) return code;
  // Japan's 9-digit statistical codes: HS subheading + 3-digit statistical suffix (6109.10-020).
  if (code.length === 9) return `${code.slice(0, 4)}.${code.slice(4, 6)}-${code.slice(6)}`;
  const parts = [code.slice(0, 4)];
  for (let i = 4; i < code.length; i += 2) parts.push(code.slice(i, i + 2));
  return parts.join(".");
}

function levelOf(row: NomenclatureRow): Level {
  return row.level as Level;
}

export class Nomenclature {
  private readonly nodes = new Map<number, Node>();
  private readonly byCode = new Map<string, number[]>(); // key `${schedule}:${code}` → sids
  private readonly roots = new Map<Schedule, number[]>(); // top-level rows per schedule
  private readonly sections = new Map<string, SectionRow>(); // `${edition}:${roman}`
  private readonly sectionChapters = new Map<string, string[]>(); // `${edition}:${roman}` → chapter codes
  private readonly fullText = new Map<number, string>();
  private readonly index = new Bm25Index();
  private readonly docSid: number[] = [];
  private readonly corr2017to2022 = new Map<string, CorrelationRow[]>();
  private readonly corr2022to2017 = new Map<string, CorrelationRow[]>();

  constructor(rows: NomenclatureRow[], sections: SectionRow[], correlations: CorrelationRow[]) {
    for (const s of sections) this.sections.set(`${s.edition}:${s.roman}`, s);
    const sorted = [...rows].sort((a, b) => (a.schedule < b.schedule ? -1 : a.schedule > b.schedule ? 1 : a.position - b.position));
    for (const row of sorted) {
      this.nodes.set(row.sid, { row, children: [] });
      const key = `${row.schedule}:${row.code}`;
      if (row.code !== "") {
        const list = this.byCode.get(key);
        if (list) list.push(row.sid);
        else this.byCode.set(key, [row.sid]);
      }
    }
    for (const row of sorted) {
      const parent = row.parentSid != null ? this.nodes.get(row.parentSid) : undefined;
      if (parent) parent.children.push(row.sid);
      else {
        const sched = row.schedule as Schedule;
        const list = this.roots.get(sched) ?? [];
        list.push(row.sid);
        this.roots.set(sched, list);
      }
      if (row.level === "chapter" && row.section && (row.schedule === "HS2022" || row.schedule === "HS2017")) {
        const k = `${row.schedule}:${row.section}`;
        const list = this.sectionChapters.get(k) ?? [];
        list.push(row.code);
        this.sectionChapters.set(k, list);
      }
    }
    for (const c of correlations) {
      const a = this.corr2017to2022.get(c.hs2017) ?? [];
      a.push(c);
      this.corr2017to2022.set(c.hs2017, a);
      const b = this.corr2022to2017.get(c.hs2022) ?? [];
      b.push(c);
      this.corr2022to2017.set(c.hs2022, b);
    }
    // Search documents: a line's own text, plus its ancestors' text with a lower weight (an
    // "Other" line means nothing without its parents).
    for (const row of sorted) {
      const chain = this.chain(row.sid);
      const parentText = chain.slice(0, -1).map((n) => n.row.description).join(" ");
      this.fullText.set(row.sid, chain.map((n) => n.row.description.replace(/:\s*$/, "")).join(" › "));
      if (row.code === "" || !SEARCHABLE.has(row.schedule)) continue; // group lines and duty tables are browsable, not search hits
      this.docSid.push(row.sid);
      this.index.add([
        { text: row.description, weight: 1 },
        { text: parentText, weight: 0.35 },
      ]);
    }
  }

  get rowCount(): number {
    return this.nodes.size;
  }

  /** Ancestor chain from the top row down to `sid` itself. */
  private chain(sid: number): Node[] {
    const out: Node[] = [];
    let cur = this.nodes.get(sid);
    let guard = 0;
    while (cur && guard++ < 32) {
      out.push(cur);
      cur = cur.row.parentSid != null ? this.nodes.get(cur.row.parentSid) : undefined;
    }
    return out.reverse();
  }

  private toCommodity(node: Node): Commodity {
    const r = node.row;
    const edition = editionOf(r.schedule);
    return {
      sid: r.sid,
      schedule: r.schedule as Schedule,
      code: r.code,
      formattedCode: r.code ? formatCode(r.code) : "",
      level: levelOf(r),
      description: r.description,
      fullDescription: this.fullText.get(r.sid) ?? r.description,
      section: r.section ?? this.sectionOfChapter(edition, r.code.slice(0, 2)) ?? "",
      units: r.units,
      declarable: r.declarable,
      validityStart: r.validityStart ?? "",
      validityEnd: r.validityEnd ?? "",
      sourceId: r.sourceId,
      suffix: r.suffix,
      hasChildren: node.children.length > 0,
      indent: r.indent,
    };
  }

  private sectionOfChapter(edition: string, chapter: string): string | undefined {
    const sid = this.byCode.get(`${edition}:${chapter}`)?.[0];
    return sid != null ? (this.nodes.get(sid)?.row.section ?? undefined) : undefined;
  }

  private sectionCommodity(edition: string, roman: string): Commodity | undefined {
    const s = this.sections.get(`${edition}:${roman}`);
    if (!s) return undefined;
    return {
      sid: -s.number,
      schedule: edition as Schedule,
      code: roman,
      formattedCode: `Section ${roman}`,
      level: "section",
      description: s.title,
      fullDescription: s.title,
      section: roman,
      units: [],
      declarable: false,
      validityStart: edition === "HS2017" ? "2017-01-01" : "2022-01-01",
      validityEnd: edition === "HS2017" ? "2021-12-31" : "",
      sourceId: s.sourceId,
      suffix: "",
      indent: 0,
      hasChildren: (this.sectionChapters.get(`${edition}:${roman}`)?.length ?? 0) > 0,
    };
  }

  /** Candidate rows of a schedule for a normalized code, valid on `asOf`. Prefers declarable suffix 80. */
  private find(schedule: Schedule, code: string, asOf: string): Node | undefined {
    const keys = schedule === "EU" ? [code.padEnd(10, "0")] : [code];
    // US: a 10-digit code ending in 00 that is not a statistical line is its 8-digit tariff line.
    if (schedule === "US" && code.length === 10 && code.endsWith("00")) keys.push(code.slice(0, 8));
    for (const key of keys) {
      const sids = this.byCode.get(`${schedule}:${key}`);
      if (!sids) continue;
      const valid = sids.map((s) => this.nodes.get(s)!).filter((n) => isValidOn(asOf, n.row.validityStart, n.row.validityEnd));
      if (valid.length === 0) continue;
      // EU: the same code appears as grouping lines (suffix < 80) and the line itself (80).
      const wantLen = code.length;
      const best =
        valid.find((n) => n.row.suffix === "80" && (schedule !== "EU" || levelDepth(n.row.level) >= levelForLength(wantLen))) ??
        valid.find((n) => n.row.suffix === "80") ??
        valid[valid.length - 1];
      return best;
    }
    return undefined;
  }

  /** True when the schedule has any row (valid at any date) with this code. */
  existsAnyDate(schedule: Schedule, code: string): boolean {
    const key = schedule === "EU" ? code.padEnd(10, "0") : code;
    return this.byCode.has(`${schedule}:${key}`);
  }

  /**
   * Looks up a code in a schedule as of a date: the commodity, its ancestors (section first) and
   * its direct children. Chapters fall back to the HS chapter when the schedule has no chapter rows.
   */
  lookup(schedule: Schedule, code: string, asOf: string): { commodity: Commodity; ancestors: Commodity[]; children: Commodity[] } {
    let node = this.find(schedule, code, asOf);
    if (!node && code.length === 2 && schedule !== "HS2022" && schedule !== "HS2017") node = this.find("HS2022", code, asOf);
    if (!node) {
      const other = this.existsAnyDate(schedule, code) ? ` (it exists in ${schedule} but is not valid on ${asOf})` : "";
      throw new NotFoundError(`commodity code ${code} not found in schedule ${schedule}${other}`, "code");
    }
    const chain = this.chain(node.row.sid);
    const ancestors = chain.slice(0, -1).map((n) => this.toCommodity(n));
    const self = this.toCommodity(node);
    const edition = editionOf(schedule);
    // Schedules without chapter rows (US) get the HS chapter; every chain gets its section on top.
    const top: Commodity[] = [];
    const chapterCode = node.row.code.slice(0, 2);
    const hasChapter = chain.some((n) => n.row.level === "chapter");
    if (!hasChapter && node.row.level !== "chapter") {
      const ch = this.find(edition, chapterCode, asOf) ?? this.find(edition, chapterCode, edition === "HS2017" ? "2021-12-31" : "2022-01-01");
      if (ch) top.push(this.toCommodity(ch));
    }
    const sec = this.sectionCommodity(edition, self.section);
    if (sec) top.unshift(sec);
    const children = node.children
      .map((s) => this.nodes.get(s)!)
      .filter((n) => isValidOn(asOf, n.row.validityStart, n.row.validityEnd))
      .map((n) => this.toCommodity(n));
    return { commodity: self, ancestors: [...top, ...ancestors], children };
  }

  /** Children of a code; without a code: the sections (HS) or the top-level rows of the schedule. */
  children(schedule: Schedule, code: string | undefined, asOf: string): { parent?: Commodity; children: Commodity[] } {
    const edition = editionOf(schedule);
    if (!code) {
      const secs = [...this.sections.values()]
        .filter((s) => s.edition === edition)
        .sort((a, b) => a.number - b.number)
        .map((s) => this.sectionCommodity(edition, s.roman)!);
      return { children: secs };
    }
    if (/^[IVXL]+$/i.test(code)) {
      const roman = code.toUpperCase();
      const parent = this.sectionCommodity(edition, roman);
      if (!parent) throw new NotFoundError(`section ${roman} not found`, "code");
      const chapters = (this.sectionChapters.get(`${edition}:${roman}`) ?? [])
        .map((c) => this.find(edition, c, asOf))
        .filter((n): n is Node => !!n)
        .map((n) => this.toCommodity(n));
      return { parent, children: chapters };
    }
    const normalized = normalizeCode(code);
    if (normalized.length === 2 && schedule === "US") {
      // The US schedule starts at headings: list the chapter's headings.
      const parentNode = this.find("HS2022", normalized, asOf);
      const kids = (this.roots.get("US") ?? [])
        .map((s) => this.nodes.get(s)!)
        .filter((n) => n.row.code.startsWith(normalized) && isValidOn(asOf, n.row.validityStart, n.row.validityEnd))
        .map((n) => this.toCommodity(n));
      if (!parentNode && kids.length === 0) throw new NotFoundError(`chapter ${normalized} not found in schedule US`, "code");
      return { parent: parentNode ? this.toCommodity(parentNode) : undefined, children: kids };
    }
    const { commodity, children } = this.lookup(schedule, normalized, asOf);
    return { parent: commodity, children };
  }

  /** Full-text search in one schedule, ranked by BM25 relevance. */
  search(schedule: Schedule, query: string, limit: number, asOf: string, levels?: Set<Level>) {
    const { hits, total } = this.index.search(query, limit, (doc) => {
      const n = this.nodes.get(this.docSid[doc]!)!;
      if (n.row.schedule !== schedule) return false;
      if (levels && levels.size > 0 && !levels.has(n.row.level as Level)) return false;
      return isValidOn(asOf, n.row.validityStart, n.row.validityEnd);
    }, expandSearchToken);
    return {
      total,
      hits: hits.map((h) => ({ commodity: this.toCommodity(this.nodes.get(this.docSid[h.doc]!)!), score: h.score, matchedTerms: h.matched })),
    };
  }

  /** Every row of a schedule in schedule order (parents before children). */
  *all(schedule: Schedule): Generator<Commodity> {
    const stack = [...(this.roots.get(schedule) ?? [])].reverse();
    while (stack.length > 0) {
      const node = this.nodes.get(stack.pop()!)!;
      yield this.toCommodity(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }

  /** True when the schedule has at least one row. */
  hasSchedule(schedule: Schedule): boolean {
    return this.roots.has(schedule);
  }

  /** The row of a sid as a commodity (for callers holding sids from other answers). */
  commodityBySid(sid: number): Commodity | undefined {
    const n = this.nodes.get(sid);
    return n ? this.toCommodity(n) : undefined;
  }

  /** Declarable lines below a line (depth first, schedule order), at most `limit`. */
  declarableDescendants(sid: number, asOf: string, limit: number): Commodity[] {
    const out: Commodity[] = [];
    const stack = [...(this.nodes.get(sid)?.children ?? [])].reverse();
    while (stack.length > 0 && out.length < limit) {
      const node = this.nodes.get(stack.pop()!)!;
      if (!isValidOn(asOf, node.row.validityStart, node.row.validityEnd)) continue;
      if (node.row.declarable && node.row.code) out.push(this.toCommodity(node));
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    return out;
  }

  private sortedCodes = new Map<string, Array<[string, number]>>();

  /** Declarable lines of a schedule whose code starts with `prefix` (for flat duty tables), at most `limit`. */
  declarableWithPrefix(schedule: Schedule, prefix: string, asOf: string, limit: number): Commodity[] {
    let list = this.sortedCodes.get(schedule);
    if (!list) {
      list = [];
      for (const [key, sids] of this.byCode) if (key.startsWith(`${schedule}:`)) for (const sid of sids) list.push([key.slice(schedule.length + 1), sid]);
      list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
      this.sortedCodes.set(schedule, list);
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: Commodity[] = [];
    for (let i = lo; i < list.length && list[i]![0].startsWith(prefix) && out.length < limit; i++) {
      const node = this.nodes.get(list[i]![1])!;
      if (node.row.declarable && isValidOn(asOf, node.row.validityStart, node.row.validityEnd)) out.push(this.toCommodity(node));
    }
    return out;
  }

  /** Ancestor codes (nearest first) with their sids, for measure inheritance. */
  lineage(sid: number): NomenclatureRow[] {
    return this.chain(sid).reverse().map((n) => n.row);
  }

  /** HS 2022 codes that replaced an HS 2017 code (6 digits; shorter codes by prefix). */
  replacements(hs2017: string): CorrelationRow[] {
    return this.corr2017to2022.get(hs2017) ?? [];
  }

  /** HS 2017 codes that an HS 2022 code came from. */
  origins(hs2022: string): CorrelationRow[] {
    return this.corr2022to2017.get(hs2022) ?? [];
  }

  /** Description of a code in a schedule, if known (for messages). */
  describe(schedule: Schedule, code: string): string | undefined {
    const sids = this.byCode.get(`${schedule}:${code}`);
    return sids ? this.nodes.get(sids[sids.length - 1]!)?.row.description : undefined;
  }
}

function levelForLength(len: number): number {
  return len <= 2 ? 1 : len <= 4 ? 2 : len <= 6 ? 3 : len <= 8 ? 4 : 5;
}
function levelDepth(level: string): number {
  switch (level) {
    case "chapter": return 1;
    case "heading": return 2;
    case "subheading": return 3;
    case "tariff_line": return 4;
    case "statistical": return 5;
    default: return 0;
  }
}
