import { EU_MEMBERS, InputError, NotFoundError, isValidOn, nationalScheduleFor } from "@openhs/shared";
import { dutyFor, type MeasureRow, type ProgramInfo, type DutyAnswer } from "./duty.js";
import { euDutyFor } from "./eu-duty.js";
import { Nomenclature, normalizeCode, type Commodity, type Level, type Schedule } from "./nomenclature.js";

/**
 * The tariff catalog: everything the tariff service answers from, as plain in-memory data built
 * from one database snapshot. Pure functions of (snapshot, request).
 */

export interface VatRateRow {
  country: string;
  rateType: string;
  ratePercent: string;
  validityStart: string;
  validityEnd: string | null;
  description: string | null;
  sourceId: string;
}

export interface CountryRow {
  alpha2: string;
  alpha3: string | null;
  numericCode: string | null;
  name: string;
  currency: string | null;
  region: string | null;
}

export interface LegalNoteRow {
  kind: string;
  number: number;
  variant: string;
  label: string;
  text: string;
  referencedHeadings: string[];
}

export interface ExchangeRateRow {
  currency: string;
  rateDate: string;
  perEur: string;
  sourceId: string;
}

export interface SourceInfo {
  id: string;
  description: string;
  /** Licence as stated by the source (empty when unknown). */
  licence?: string;
  importedAt: Date;
  rowCounts: Record<string, number>;
}

export interface CatalogData {
  sources: SourceInfo[];
  nomenclature: Nomenclature;
  measures: MeasureRow[];
  programs: ProgramInfo[];
  vatRates: VatRateRow[];
  /** Source ids in order of preference for VAT (first wins when several sources cover a country). */
  vatPrecedence: string[];
  countries: CountryRow[];
  notes: LegalNoteRow[];
  exchangeRates: ExchangeRateRow[];
  dataVersion: string;
}



/** Last day of the HS 2017 edition (HS 2022 entered into force on 2022-01-01). */
const HS2017_END = "2021-12-31";

export class Catalog {
  readonly nomenclature: Nomenclature;
  readonly dataVersion: string;
  readonly sources: SourceInfo[];
  /** Source id → licence as stated by the source. */
  readonly licences: ReadonlyMap<string, string>;
  private readonly measuresByKey = new Map<string, MeasureRow[]>();
  private readonly programs = new Map<string, Map<string, ProgramInfo>>(); // schedule → code → programme
  private readonly vat = new Map<string, VatRateRow[]>();
  private readonly vatPrecedence: string[];
  private readonly countries = new Map<string, CountryRow>();
  private readonly notes: LegalNoteRow[];
  private readonly fx = new Map<string, ExchangeRateRow[]>(); // sorted by date ascending

  constructor(data: CatalogData) {
    this.nomenclature = data.nomenclature;
    this.dataVersion = data.dataVersion;
    this.sources = data.sources;
    this.licences = new Map(data.sources.map((s) => [s.id, s.licence ?? ""]));
    for (const m of data.measures) {
      const k = `${m.schedule}:${m.commodityCode}`;
      const list = this.measuresByKey.get(k);
      if (list) list.push(m);
      else this.measuresByKey.set(k, [m]);
    }
    for (const p of data.programs) {
      const sched = p.schedule ?? "US";
      if (!this.programs.has(sched)) this.programs.set(sched, new Map());
      this.programs.get(sched)!.set(p.code, p);
    }
    for (const v of data.vatRates) {
      const list = this.vat.get(v.country) ?? [];
      list.push(v);
      this.vat.set(v.country, list);
    }
    this.vatPrecedence = data.vatPrecedence;
    for (const c of data.countries) this.countries.set(c.alpha2, c);
    this.notes = data.notes;
    for (const r of data.exchangeRates) {
      const list = this.fx.get(r.currency) ?? [];
      list.push(r);
      this.fx.set(r.currency, list);
    }
    for (const list of this.fx.values()) list.sort((a, b) => (a.rateDate < b.rateDate ? -1 : 1));
  }

  /** Validates an ISO 3166 alpha-2 country (or "EU") against the imported country list. */
  country(code: string | undefined, field: string, required = false): string | undefined {
    if (code === undefined || code === "") {
      if (required) throw new InputError(field, "is required (ISO 3166-1 alpha-2 country code)");
      return undefined;
    }
    const c = code.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(c)) throw new InputError(field, "must be an ISO 3166-1 alpha-2 country code such as US, CN, DE");
    if (c === "EU") return c;
    if (this.countries.size > 0 && !this.countries.has(c)) throw new InputError(field, `unknown country code ${c}`);
    return c;
  }

  listCountries(): CountryRow[] {
    return [...this.countries.values()].sort((a, b) => a.alpha2.localeCompare(b.alpha2));
  }

  lookup(schedule: Schedule, code: string, asOf: string) {
    return this.nomenclature.lookup(schedule, normalizeCode(code), asOf);
  }

  children(schedule: Schedule, code: string | undefined, asOf: string) {
    return this.nomenclature.children(schedule, code, asOf);
  }

  search(schedule: Schedule, query: string, limit: number, asOf: string, levels?: Set<Level>) {
    const q = (query ?? "").trim();
    if (q === "") throw new InputError("query", "is required");
    if (q.length > 500) throw new InputError("query", "is too long (at most 500 characters)");
    if (!Number.isInteger(limit) || limit < 0 || limit > 100) throw new InputError("limit", "must be an integer from 1 to 100");
    return this.nomenclature.search(schedule, q, limit === 0 ? 20 : limit, asOf, levels);
  }

  /**
   * Validates a code: does it exist (HS 2022, HS 2017, the destination's national schedule), which
   * editions have it, what replaced it in HS 2022, and is it a declarable line for the destination.
   */
  validate(code: string, schedule: Schedule | undefined, destination: string | undefined, asOf: string) {
    const normalized = normalizeCode(code);
    const messages: string[] = [];
    const hs6 = normalized.slice(0, Math.min(6, normalized.length));
    const editions: string[] = [];
    if (this.nomenclature.existsAnyDate("HS2022", hs6)) editions.push("HS2022");
    if (this.nomenclature.existsAnyDate("HS2017", hs6)) editions.push("HS2017");
    const replacedBy =
      !editions.includes("HS2022") && editions.includes("HS2017") && hs6.length === 6
        ? this.nomenclature.replacements(hs6).map((r) => ({ ...r, description: this.nomenclature.describe("HS2022", r.hs2022) ?? "" }))
        : [];
    if (replacedBy.length > 0) {
      messages.push(`${hs6} is an HS 2017 code that does not exist in HS 2022; replaced by ${replacedBy.map((r) => r.hs2022).join(", ")}`);
    }
    const dest = destination ? this.country(destination, "destination_country") : undefined;
    const national = schedule ?? (dest ? nationalScheduleFor(dest) : undefined);
    if (dest && !national) messages.push(`no national tariff schedule for ${dest} is loaded; checked HS 6-digit only`);
    let commodity: Commodity | undefined;
    let exists = false;
    let declarable = false;
    let outdated = false;
    const target: Schedule = national ?? (editions.includes("HS2022") || !editions.includes("HS2017") ? "HS2022" : "HS2017");
    try {
      // An HS 2017 code asked about after the edition ended is described as of its last day.
      const on = target === "HS2017" && asOf > HS2017_END ? HS2017_END : asOf;
      const found = this.nomenclature.lookup(target, normalized, on);
      commodity = found.commodity;
      exists = true;
      declarable = commodity.declarable || (target.startsWith("HS") && commodity.level === "subheading");
      if (on !== asOf) {
        outdated = true;
        declarable = false;
        messages.push(`${commodity.formattedCode} is an HS 2017 code, valid 2017-01-01 to ${HS2017_END}; not valid on ${asOf}`);
      } else if (!declarable && national) {
        messages.push(`${commodity.formattedCode} is not a declarable ${target} line: declare one of the lines below it`);
      }
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      messages.push(`${normalized} does not exist in ${target} as of ${asOf}`);
    }
    const valid = exists && !outdated && (national ? declarable : true);
    return { valid, exists, normalizedCode: normalized, editions, replacedBy, declarableForDestination: declarable, nationalSchedule: national ?? "", messages, commodity };
  }

  /**
   * The schedule with duty rates for a destination: US (HTSUS), EU members (TARIC + EU duty
   * tables), GB (UK Global Tariff), and JP / AU / NO or any destination whose duty table is
   * imported (schedule named by its ISO code). Undefined when none is loaded.
   */
  dutyScheduleFor(destination: string): Schedule | undefined {
    if (destination === "US") return "US";
    if (destination === "EU" || EU_MEMBERS.has(destination)) return "EU";
    const s = destination === "GB" ? "UK" : destination;
    return this.nomenclature.hasSchedule(s) ? s : undefined;
  }

  /** Normalizes a code for a duty schedule: separators dropped; Japan's statistical codes have 9 digits. */
  private dutyCode(code: string, schedule: Schedule): string {
    if (schedule === "JP") {
      const digits = (code ?? "").trim().replace(/[.\s-]/g, "");
      if (/^\d{9}$/.test(digits)) return digits;
    }
    return normalizeCode(code);
  }

  /** Duty answer of one line of a schedule. */
  private dutyOnLine(schedule: Schedule, c: Commodity, origin: string | undefined, asOf: string): DutyAnswer {
    const lineage = this.nomenclature.lineage(c.sid);
    const byCode = (code: string) => this.measuresByKey.get(`${schedule}:${code}`) ?? [];
    const programs = this.programs.get(schedule) ?? new Map<string, ProgramInfo>();
    return schedule === "EU" ? euDutyFor(lineage, byCode, programs, origin, asOf) : dutyFor(lineage, byCode, programs, origin, asOf, schedule);
  }

  /**
   * Rates of a line that is not declarable (or a code a flat duty table does not list) from its
   * declarable lines: when they all have the same applicable rate, that rate applies (said in a
   * warning); otherwise no rate is chosen and the warning lists the lines and their rates.
   */
  private dutyFromLines(schedule: Schedule, what: string, lines: Commodity[], origin: string | undefined, asOf: string): DutyAnswer | undefined {
    if (lines.length === 0) return undefined;
    const answers = lines.map((l) => ({ line: l, duty: this.dutyOnLine(schedule, l, origin, asOf) }));
    const key = (a: DutyAnswer) => (a.applicable ? `${a.applicable.dutyExpressionText}|${a.applicable.measureType}|${a.measures.filter((m) => m.measureType === "additional" && m.appliesToOrigin).map((m) => m.additionalCode).join(",")}` : "");
    const keys = new Set(answers.map((a) => key(a.duty)));
    const first = answers[0]!;
    if (keys.size === 1 && first.duty.applicable) {
      return {
        ...first.duty,
        warnings: [
          ...first.duty.warnings,
          lines.length === 1
            ? `${what} is not a declarable ${schedule} line; its one declarable line ${first.line.formattedCode} has the rate ${first.duty.applicable.dutyExpressionText}`
            : `${what} is not a declarable ${schedule} line; all ${lines.length} declarable lines below it (e.g. ${first.line.formattedCode}) have the rate ${first.duty.applicable.dutyExpressionText}`,
        ],
      };
    }
    const listed = answers.slice(0, 12).map((a) => `${a.line.formattedCode}: ${a.duty.applicable?.dutyExpressionText ?? "no rate"}`);
    return {
      measures: [],
      warnings: [
        `duty_unavailable: ${what} covers ${lines.length}${lines.length >= 200 ? "+" : ""} declarable ${schedule} lines with different rates (${listed.join("; ")}${answers.length > 12 ? "; …" : ""}): give the national code`,
      ],
    };
  }

  /** Duty measures for (code, origin, destination, date) plus the destination's standard VAT. */
  dutyRates(code: string, origin: string | undefined, destination: string, asOf: string) {
    const org = this.country(origin, "origin_country");
    const dest = this.country(destination, "destination_country", true)!;
    const schedule = this.dutyScheduleFor(dest);
    const warnings: string[] = [];
    let duty: DutyAnswer = { measures: [], warnings: [] };
    let commodity: Commodity;
    if (!schedule) {
      commodity = this.nomenclature.lookup("HS2022", normalizeCode(code).slice(0, 6), asOf).commodity;
      warnings.push(`duty_unavailable: no tariff schedule with duty rates is loaded for ${dest}`);
    } else {
      const normalized = this.dutyCode(code, schedule);
      const flat = schedule !== "US" && schedule !== "EU";
      let found: { commodity: Commodity; children: Commodity[] } | undefined;
      try {
        found = this.nomenclature.lookup(schedule, normalized, asOf);
      } catch (err) {
        if (!(err instanceof NotFoundError)) throw err;
      }
      if (found) {
        commodity = found.commodity;
        duty = this.dutyOnLine(schedule, commodity, org, asOf);
        if (!duty.applicable && !commodity.declarable) {
          const lines = flat ? this.nomenclature.declarableWithPrefix(schedule, commodity.code, asOf, 200) : this.nomenclature.declarableDescendants(commodity.sid, asOf, 200);
          duty = this.dutyFromLines(schedule, commodity.formattedCode, lines.filter((l) => l.sid !== commodity.sid), org, asOf) ?? duty;
        } else if (!commodity.declarable && found.children.length > 0) {
          warnings.push(`${commodity.formattedCode} is not a declarable line; rates shown are those defined at or above it`);
        }
      } else {
        // No line with this exact code (flat duty tables list only some levels; the US schedule has
        // no row for many 6-digit subheadings): its lines below the code, else the nearest listed
        // parent code.
        const lines = this.nomenclature.declarableWithPrefix(schedule, normalized, asOf, 200);
        const parent = [8, 6, 4].filter((n) => n < normalized.length).map((n) => normalized.slice(0, n)).find((p) => this.nomenclature.existsAnyDate(schedule, p));
        if (lines.length > 0) {
          commodity = this.nomenclature.lookup("HS2022", normalized.slice(0, Math.min(6, normalized.length)), asOf).commodity;
          duty = this.dutyFromLines(schedule, normalized, lines, org, asOf)!;
        } else if (parent) {
          const p = this.nomenclature.lookup(schedule, parent, asOf).commodity;
          commodity = p;
          duty = this.dutyOnLine(schedule, p, org, asOf);
          if (!duty.applicable && !p.declarable) {
            const below = flat ? this.nomenclature.declarableWithPrefix(schedule, p.code, asOf, 200) : this.nomenclature.declarableDescendants(p.sid, asOf, 200);
            duty = this.dutyFromLines(schedule, p.formattedCode, below.filter((l) => l.sid !== p.sid), org, asOf) ?? duty;
          }
          warnings.push(`${normalized} is not in the ${schedule} duty table; the rates of its parent line ${p.formattedCode} are used`);
        } else if (flat && this.nomenclature.existsAnyDate("HS2022", normalized.slice(0, 6))) {
          // A partial duty table (Australia: 72 of 96 chapters; the UK and EU 2020 codes) without
          // the code: the goods exist, their duty is unknown.
          commodity = this.nomenclature.lookup("HS2022", normalized.slice(0, 6), asOf).commodity;
          warnings.push(`duty_unavailable: the ${schedule} duty table has no line for ${normalized} (the table may be partial or of an older edition)`);
        } else {
          throw new NotFoundError(`commodity code ${normalized} not found in the ${schedule} duty table (nor any line below or above it)`, "code");
        }
      }
      const said = [...duty.warnings, ...warnings].some((w) => w.startsWith("duty_unavailable"));
      if (duty.measures.length === 0 && !said) {
        warnings.push(`duty_unavailable: no duty measures loaded for ${schedule} ${commodity.formattedCode}`);
      } else if (!duty.applicable && org && !said) {
        const general = duty.measures.some((m) => m.measureType === "general");
        warnings.push(
          general
            ? `duty_unavailable: no rate of ${schedule} ${commodity.formattedCode} applies to ${org}`
            : `duty_unavailable: the ${schedule} table has no general (MFN) rates, only preferences, and none covers ${org}`,
        );
      }
    }
    const vatCountry = dest === "EU" ? undefined : dest;
    const vat = vatCountry ? this.vatRate(vatCountry, asOf, "standard") : undefined;
    if (!vat) warnings.push(dest === "US" ? "the US has no VAT; state and local sales taxes are not included" : `no VAT/GST rate known for ${dest}`);
    return { commodity, scheduleUsed: schedule ?? "HS2022", ...duty, warnings: [...duty.warnings, ...warnings], vat };
  }

  /** The VAT/GST rate of a type for a country on a date, from the most preferred source. */
  vatRate(country: string, asOf: string, rateType = "standard"): VatRateRow | undefined {
    const rows = (this.vat.get(country) ?? []).filter((v) => v.rateType === rateType && isValidOn(asOf, v.validityStart, v.validityEnd));
    if (rows.length === 0) return undefined;
    const pref = (s: string) => {
      const i = this.vatPrecedence.indexOf(s);
      return i < 0 ? 99 : i;
    };
    // A row dated "since before the source's history" (start 0001-01-01) yields to a dated row from
    // another source: it does not know the older rates. Then source precedence, then the latest start.
    const undated = (v: VatRateRow) => (v.validityStart <= "0001-12-31" ? 1 : 0);
    rows.sort((a, b) => undated(a) - undated(b) || pref(a.sourceId) - pref(b.sourceId) || (a.validityStart < b.validityStart ? 1 : -1));
    return rows[0];
  }

  vatRates(country: string, asOf: string): VatRateRow[] {
    const types = new Set((this.vat.get(country) ?? []).map((v) => v.rateType));
    return [...types].map((t) => this.vatRate(country, asOf, t)).filter((v): v is VatRateRow => !!v);
  }

  /** Section and chapter notes governing a code (chapter, heading or subheading). */
  legalNotes(code: string, variant = "uk"): LegalNoteRow[] {
    const normalized = normalizeCode(code);
    const chapter = Number(normalized.slice(0, 2));
    const lookup = this.nomenclature.lookup("HS2022", normalized.slice(0, Math.min(6, normalized.length)), "2022-01-01");
    const sectionRoman = lookup.commodity.section;
    const sectionNumber = romanToNumber(sectionRoman);
    const pick = (kind: string, number: number) => {
      const all = this.notes.filter((n) => n.kind === kind && n.number === number);
      const v = all.filter((n) => n.variant === variant);
      return v.length > 0 ? v : all.filter((n) => n.variant === all[0]?.variant);
    };
    return [...pick("section", sectionNumber), ...pick("chapter", chapter)];
  }

  /** ECB reference rate (units per EUR) on the date, or the latest earlier publication day. */
  exchangeRate(currency: string, asOf: string): ExchangeRateRow {
    const c = (currency ?? "").trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(c)) throw new InputError("currency", "must be an ISO 4217 code such as USD");
    if (c === "EUR") return { currency: "EUR", rateDate: asOf, perEur: "1", sourceId: "definition" };
    const list = this.fx.get(c);
    if (!list || list.length === 0) throw new NotFoundError(`no ECB reference rate for ${c}`, "currency");
    let lo = 0;
    let hi = list.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.rateDate <= asOf) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) throw new NotFoundError(`no ECB reference rate for ${c} on or before ${asOf}`, "as_of");
    return list[best]!;
  }
}

export function romanToNumber(roman: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const cur = v[roman[i]!] ?? 0;
    const next = v[roman[i + 1]!] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}
