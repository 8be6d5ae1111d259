/**
 * Small builders that keep the lexicon files compact and their split logic uniform.
 *
 * Notation used across the lexicon files:
 * - `terms` is a "|"-separated list of lower-case, singular product nouns/phrases ("t-shirt|tee shirt").
 * - a `code` is a 4-digit heading or a 6-digit subheading; a subheading implies its heading.
 * - material maps are ordered `{ "leather,composition_leather": "420221", other: "420229" }`: keys are
 *   comma-separated `Material`s or group aliases (see `GROUPS`); `other` means "a known material not
 *   listed before"; the first key that matches the predominant material wins.
 */
import type { Condition, LexiconEntry, Material } from "../types.js";

type Decisive = NonNullable<LexiconEntry["decisive"]>[number];
type Split = NonNullable<LexiconEntry["splits"]>[number];

export const ALL_MATERIALS: readonly Material[] = [
  "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial",
  "leather", "composition_leather", "fur", "plastic", "rubber", "wood", "bamboo", "paper",
  "glass", "ceramic", "porcelain", "stone", "iron_steel", "stainless_steel", "aluminium",
  "copper", "zinc", "tin", "nickel", "lead", "titanium", "precious_metal", "gold", "silver", "platinum",
  "base_metal", "textile", "cork", "straw", "feather", "pearl", "gemstone",
];

/** Group aliases usable in material maps (expanded to the listed materials). */
export const GROUPS: Record<string, Material[]> = {
  mmf: ["synthetic", "artificial"],
  woolish: ["wool", "fine_animal_hair"],
  textiles: ["textile", "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial"],
  vegfibre: ["flax", "jute", "other_vegetable_fibre"],
  pm: ["precious_metal", "gold", "silver", "platinum"],
  steel: ["iron_steel", "stainless_steel"],
  metal: ["base_metal", "iron_steel", "stainless_steel", "aluminium", "copper", "zinc", "tin", "nickel", "lead", "titanium"],
  othermetal: ["base_metal", "zinc", "tin", "nickel", "lead", "titanium"],
  leatherish: ["leather", "composition_leather"],
  plastics: ["plastic"],
  ceramics: ["ceramic", "porcelain"],
  woody: ["wood", "bamboo", "cork", "straw"],
};

/** Expands "plastic,mmf" into materials. */
export function mats(spec: string): Material[] {
  const out: Material[] = [];
  for (const raw of spec.split(",")) {
    const k = raw.trim();
    if (!k) continue;
    const g = GROUPS[k];
    if (g) out.push(...g);
    else if ((ALL_MATERIALS as readonly string[]).includes(k)) out.push(k as Material);
    else throw new Error(`unknown material "${k}"`);
  }
  return [...new Set(out)];
}

/** Textile fibres (what "other textile materials" means in chapters 50–63). */
export const FIBRES: readonly Material[] = GROUPS.textiles!.filter((m) => m !== "textile");

/**
 * Materials not in `used` (for an "other" branch once the specific ones were listed). The generic
 * "textile" (fibre not known) is never "other": it cannot decide between fibre subheadings.
 */
export function otherThan(used: Iterable<Material>, universe: readonly Material[] = ALL_MATERIALS): Material[] {
  const u = new Set(used);
  return universe.filter((m) => !u.has(m) && m !== "textile");
}

/** A split to a 4- or 6-digit code. */
export function to(when: Condition, code: string): Split {
  return code.length === 6 ? { when, heading: code.slice(0, 4), subheading: code } : { when, heading: code };
}

/** Splits by predominant material from an ordered material map, each merged into `base`. */
export function materialSplits(map: Record<string, string>, base: Condition = {}, universe?: readonly Material[]): Split[] {
  const used: Material[] = [];
  const out: Split[] = [];
  for (const [k, code] of Object.entries(map)) {
    const m = k === "other" ? otherThan(used, universe) : mats(k);
    if (k !== "other") used.push(...m);
    out.push(to({ ...base, material: m }, code));
  }
  return out;
}

export interface EntryOpts {
  splits?: Split[];
  decisive?: Decisive[];
  note?: string;
  /** Material map (see file header); its splits are appended after `splits`. */
  m?: Record<string, string>;
}

function termList(terms: string): string[] {
  return terms.split("|").map((t) => t.trim().toLowerCase()).filter(Boolean);
}

/** A plain entry: terms → code, with optional splits, material map, decisive attributes and note. */
export function e(terms: string, code: string, opts: EntryOpts = {}): LexiconEntry {
  const entry: LexiconEntry = { terms: termList(terms), heading: code.slice(0, 4) };
  if (code.length === 6) entry.subheading = code;
  const splits = [...(opts.splits ?? []), ...(opts.m ? materialSplits(opts.m) : [])];
  if (splits.length) entry.splits = splits;
  const decisive = opts.decisive ?? (opts.m ? ["material" as const] : undefined);
  if (decisive?.length) entry.decisive = decisive;
  if (opts.note) entry.note = opts.note;
  return entry;
}

/** Shorthand for an entry whose code depends on material only. */
export function m(terms: string, code: string, map: Record<string, string>, note?: string): LexiconEntry {
  return e(terms, code, { m: map, note });
}

/** Many plain entries sharing one code: `list("6506", "hard hat|safety helmet", ...)`. */
export function same(code: string, note: string | undefined, ...termGroups: string[]): LexiconEntry[] {
  return termGroups.map((t) => e(t, code, note ? { note } : {}));
}

// ---------------------------------------------------------------------------------------------
// Apparel (chapters 61/62): heading by construction (knitted 61 / woven 62) and gender (men's and
// boys' vs women's and girls'; Note 9 to ch. 61 / Note 8 to ch. 62: garments not identifiable as
// either are women's), subheading by the predominant textile material.
// ---------------------------------------------------------------------------------------------

/** Ordered material → subheading map for one garment heading, e.g. { cotton: "610910", other: "610990" }. */
export type MatMap = Record<string, string>;

export interface GarmentSpec {
  /** Knitted or crocheted codes (chapter 61). `men`/`women` maps, or `any` when the heading is not gendered. */
  knit?: { men?: MatMap; women?: MatMap; any?: MatMap; menHeading?: string; womenHeading?: string; anyHeading?: string };
  /** Woven (not knitted) codes (chapter 62). */
  woven?: { men?: MatMap; women?: MatMap; any?: MatMap; menHeading?: string; womenHeading?: string; anyHeading?: string };
  /** Which construction applies when none is stated. */
  defaultConstruction: "knit" | "woven";
  /** Babies' garments (6111 knitted / 6209 woven) split off when gender babies / age baby. */
  babies?: boolean;
  /**
   * The babies' version is knitted unless said to be woven, whatever `defaultConstruction` says for the rest (a
   * babies' romper is a jersey one-piece, an adult's romper or jumpsuit is as often woven).
   */
  babiesKnit?: boolean;
  /** Leather / plastics / rubber versions (4203, 3926, 4015 ...). Checked before the textile splits. */
  nonTextile?: Record<string, string>;
  /** The garment is men's by design (boxer shorts, swim trunks): men's is the default, women's needs gender. */
  menDefault?: boolean;
  /** Material key of the maps assumed when no material is stated ("cotton" for jeans). */
  assume?: string;
  note?: string;
}

const MEN: Condition["gender"] = ["men", "boys"];
const WOMEN: Condition["gender"] = ["women", "girls"];
const BABY_KNIT: MatMap = { cotton: "611120", synthetic: "611130", other: "611190" };
const BABY_WOVEN: MatMap = { cotton: "620920", synthetic: "620930", other: "620990" };

function headingOf(map: MatMap | undefined, explicit: string | undefined): string | undefined {
  if (explicit) return explicit;
  const first = map && Object.values(map)[0];
  return first ? first.slice(0, 4) : undefined;
}

/** Builds a garment entry with construction × gender × material splits. */
export function garment(terms: string, spec: GarmentSpec): LexiconEntry {
  const splits: Split[] = [];
  if (spec.nonTextile) splits.push(...materialSplits(spec.nonTextile));
  const order: Array<"knit" | "woven"> = spec.defaultConstruction === "knit" ? ["woven", "knit"] : ["knit", "woven"];
  let defaultHeading = "";
  let defaultSub: string | undefined;
  if (spec.babies && spec.babiesKnit) {
    for (const [bm, consCond, h] of [[BABY_WOVEN, { construction: ["woven"] }, "6209"], [BABY_KNIT, {}, "6111"]] as Array<[MatMap, Condition, string]>) {
      for (const b of [{ gender: ["babies"] }, { age: ["baby"] }] as Condition[]) {
        splits.push(...materialSplits(bm, { ...consCond, ...b }, FIBRES));
        splits.push(to({ ...consCond, ...b }, h));
      }
    }
  }
  for (const cons of order) {
    const c = spec[cons];
    if (!c) continue;
    const isDefault = cons === spec.defaultConstruction;
    const consCond: Condition = isDefault ? {} : { construction: [cons === "knit" ? "knitted" : "woven"] };
    if (spec.babies && !spec.babiesKnit) {
      const bm = cons === "knit" ? BABY_KNIT : BABY_WOVEN;
      for (const b of [{ gender: ["babies"] }, { age: ["baby"] }] as Condition[]) {
        splits.push(...materialSplits(bm, { ...consCond, ...b }, FIBRES));
        splits.push(to({ ...consCond, ...b }, cons === "knit" ? "6111" : "6209"));
      }
    }
    if (c.any) {
      const h = headingOf(c.any, c.anyHeading)!;
      splits.push(...materialSplits(c.any, consCond, FIBRES));
      if (spec.assume && c.any[spec.assume]) {
        if (isDefault) defaultSub = c.any[spec.assume]!;
        else splits.push(to(consCond, c.any[spec.assume]!));
      }
      if (isDefault) defaultHeading = h;
      else splits.push(to(consCond, h));
      continue;
    }
    // The explicit gender group first, then the default group without a gender condition.
    const explicit = spec.menDefault ? c.women : c.men;
    const implicit = spec.menDefault ? c.men : c.women;
    const explicitHeading = spec.menDefault ? c.womenHeading : c.menHeading;
    const implicitHeading = spec.menDefault ? c.menHeading : c.womenHeading;
    const gcond: Condition = spec.menDefault ? { gender: WOMEN } : { gender: MEN };
    if (explicit) {
      const h = headingOf(explicit, explicitHeading)!;
      splits.push(...materialSplits(explicit, { ...consCond, ...gcond }, FIBRES));
      if (spec.assume && explicit[spec.assume]) splits.push(to({ ...consCond, ...gcond }, explicit[spec.assume]!));
      splits.push(to({ ...consCond, ...gcond }, h));
    }
    if (implicit) {
      const h = headingOf(implicit, implicitHeading)!;
      splits.push(...materialSplits(implicit, consCond, FIBRES));
      if (spec.assume && implicit[spec.assume]) {
        if (isDefault) defaultSub = implicit[spec.assume]!;
        else splits.push(to(consCond, implicit[spec.assume]!));
      }
      if (isDefault) defaultHeading = h;
      else splits.push(to(consCond, h));
    } else if (explicit && isDefault) {
      defaultHeading = headingOf(explicit, explicitHeading)!;
    }
  }
  if (!defaultHeading) throw new Error(`garment ${terms}: no default heading`);
  const decisive: Decisive[] = [];
  if (spec.knit && spec.woven) decisive.push("construction");
  const gendered = [spec.knit, spec.woven].some((c) => c && c.men && c.women);
  if (gendered) decisive.push("gender");
  decisive.push("material");
  return {
    terms: termList(terms),
    heading: defaultHeading,
    ...(defaultSub ? { subheading: defaultSub } : {}),
    splits,
    decisive,
    note:
      spec.note ??
      `garment: ${spec.knit ? "knitted ch. 61" : ""}${spec.knit && spec.woven ? " / " : ""}${spec.woven ? "woven ch. 62" : ""}; subheading by predominant fibre`,
  };
}

// Common fibre maps for the garment headings.
export const F = {
  /** cotton / man-made / other */
  cmo: (c: string, mm: string, o: string): MatMap => ({ cotton: c, mmf: mm, other: o }),
  /** wool / cotton / synthetic / other (artificial falls to other) */
  wcso: (w: string, c: string, s: string, o: string): MatMap => ({ woolish: w, cotton: c, synthetic: s, other: o }),
  /** wool / cotton / synthetic / artificial / other (dresses) */
  wcsao: (w: string, c: string, s: string, a: string, o: string): MatMap => ({ woolish: w, cotton: c, synthetic: s, artificial: a, other: o }),
  /** cotton / synthetic / other */
  cso: (c: string, s: string, o: string): MatMap => ({ cotton: c, synthetic: s, other: o }),
};
