/**
 * Materials as the nomenclature groups them: which textile material "predominates by weight" (Section XI
 * note 2 and subheading note 2), material classes (cotton ⊂ textile, stainless steel ⊂ iron or steel ⊂ base
 * metal, ...) and a reader for the material clause of a heading / subheading / national-line description
 * ("of cotton", "of textile materials (other than cotton or synthetic fibres)", "Containing 70 percent or more
 * by weight of silk"). Pure functions, no I/O.
 */
import type { ExtractedAttributes, Material, MaterialShare } from "../types.js";

/** A material class a description can name. Products map to several, most specific first. */
export type MaterialClass =
  | "silk" | "wool" | "fine_animal_hair" | "cashmere" | "cotton" | "flax" | "jute" | "vegetable" | "synthetic"
  | "artificial" | "man_made" | "textile"
  | "leather" | "composition_leather" | "plastics" | "rubber" | "wood" | "bamboo" | "rattan" | "paper"
  | "vulcanised_fibre" | "glass" | "ceramic" | "stone"
  | "silver" | "gold" | "platinum" | "precious_metal" | "stainless_steel" | "iron_steel" | "aluminium" | "copper"
  | "zinc" | "base_metal" | "metal";

export const TEXTILE_MATERIALS: ReadonlySet<Material> = new Set<Material>([
  "cotton", "wool", "fine_animal_hair", "silk", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial",
  "textile",
]);

export const BASE_METALS: ReadonlySet<Material> = new Set<Material>([
  "iron_steel", "stainless_steel", "aluminium", "copper", "zinc", "tin", "nickel", "lead", "titanium", "base_metal",
]);

export const PRECIOUS_METALS: ReadonlySet<Material> = new Set<Material>(["precious_metal", "gold", "silver", "platinum"]);

export function isTextile(m: Material): boolean {
  return TEXTILE_MATERIALS.has(m);
}

/** Material classes of one material, most specific first. */
export function classesOf(m: Material): MaterialClass[] {
  switch (m) {
    case "cotton": return ["cotton", "vegetable", "textile"];
    case "wool": return ["wool", "textile"];
    case "fine_animal_hair": return ["fine_animal_hair", "textile"];
    case "silk": return ["silk", "textile"];
    case "flax": return ["flax", "vegetable", "textile"];
    case "jute": return ["jute", "vegetable", "textile"];
    case "other_vegetable_fibre": return ["vegetable", "textile"];
    case "synthetic": return ["synthetic", "man_made", "textile"];
    case "artificial": return ["artificial", "man_made", "textile"];
    case "textile": return ["textile"];
    case "leather": return ["leather"];
    case "composition_leather": return ["composition_leather", "leather"];
    case "fur": return [];
    case "plastic": return ["plastics"];
    case "rubber": return ["rubber"];
    case "wood": return ["wood"];
    case "bamboo": return ["bamboo"];
    case "straw": case "cork": case "feather": case "pearl": case "gemstone": return [];
    case "paper": return ["paper"];
    case "glass": return ["glass"];
    case "ceramic": case "porcelain": return ["ceramic"];
    case "stone": return ["stone"];
    case "stainless_steel": return ["stainless_steel", "iron_steel", "base_metal", "metal"];
    case "iron_steel": return ["iron_steel", "base_metal", "metal"];
    case "aluminium": return ["aluminium", "base_metal", "metal"];
    case "copper": return ["copper", "base_metal", "metal"];
    case "zinc": return ["zinc", "base_metal", "metal"];
    case "tin": case "nickel": case "lead": case "titanium": case "base_metal": return ["base_metal", "metal"];
    case "gold": return ["gold", "precious_metal", "metal"];
    case "silver": return ["silver", "precious_metal", "metal"];
    case "platinum": return ["platinum", "precious_metal", "metal"];
    case "precious_metal": return ["precious_metal", "metal"];
  }
}

/** The textile "chapter" a fibre belongs to for Section XI note 2 (B)(b)-(c): 54 and 55 count as one. */
const FIBRE_CHAPTER: Partial<Record<Material, number>> = {
  silk: 50, wool: 51, fine_animal_hair: 51, cotton: 52, flax: 53, jute: 53, other_vegetable_fibre: 53,
  synthetic: 55, artificial: 55,
};

export interface PredominantTextile {
  /** The textile material the goods are treated as consisting wholly of. */
  material: Material;
  /** Its share by weight (percent) when the composition states it. */
  percent?: number;
  /** How it was decided. */
  basis: "only-textile" | "predominates-by-weight" | "equal-shares-last-in-order" | "first-listed";
  /** One-line legal explanation. */
  reason: string;
}

/**
 * Section XI note 2 (A)/(B) and subheading note 2 (A): goods of two or more textile materials are classified as if
 * consisting wholly of the textile material which predominates by weight over any other single textile material;
 * the chapter is chosen first (chapters 54 and 55 count as one, note 2 (B)(c)), then the material within it; when
 * no material predominates, the one whose heading occurs last in numerical order. Without stated shares the first
 * listed textile material is taken (extractors list materials highest share first).
 */
export function predominantTextile(attrs: Pick<ExtractedAttributes, "materials">): PredominantTextile | undefined {
  const textiles = attrs.materials.filter((m) => isTextile(m.material));
  const specific = textiles.filter((m) => m.material !== "textile");
  const pool = specific.length > 0 ? specific : textiles;
  if (pool.length === 0) return undefined;
  if (pool.length === 1 || new Set(pool.map((m) => m.material)).size === 1) {
    const m = pool[0]!;
    return {
      material: m.material,
      percent: sumPercent(pool),
      basis: "only-textile",
      reason: `only textile material: ${m.term}`,
    };
  }
  const withShares = pool.filter((m) => m.percent !== undefined);
  if (withShares.length < 2) {
    const m = pool[0]!;
    return { material: m.material, percent: m.percent, basis: "first-listed", reason: `first listed textile material: ${m.term} (no shares by weight stated)` };
  }
  // Chapter first (Section XI note 2 (B)(b)), 54 and 55 together (note 2 (B)(c)).
  const byChapter = new Map<number, number>();
  for (const m of withShares) {
    const ch = FIBRE_CHAPTER[m.material] ?? 0;
    byChapter.set(ch, (byChapter.get(ch) ?? 0) + (m.percent ?? 0));
  }
  const chapters = [...byChapter.entries()].filter(([ch]) => ch > 0).sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (chapters.length === 0) {
    const m = pool[0]!;
    return { material: m.material, percent: m.percent, basis: "first-listed", reason: `first listed textile material: ${m.term}` };
  }
  const [bestCh, bestShare] = chapters[0]!;
  const tied = chapters.length > 1 && chapters[1]![1] === bestShare;
  // Then the material within the chapter (synthetic vs artificial; wool vs fine animal hair; flax vs jute).
  const inChapter = new Map<Material, number>();
  for (const m of withShares) if (FIBRE_CHAPTER[m.material] === bestCh) inChapter.set(m.material, (inChapter.get(m.material) ?? 0) + (m.percent ?? 0));
  const ORDER: Material[] = ["silk", "wool", "fine_animal_hair", "cotton", "flax", "jute", "other_vegetable_fibre", "synthetic", "artificial"];
  const within = [...inChapter.entries()].sort((a, b) => b[1] - a[1] || ORDER.indexOf(b[0]) - ORDER.indexOf(a[0]));
  const material = within[0]![0];
  const term = withShares.find((m) => m.material === material)?.term ?? material;
  if (tied) {
    return {
      material,
      percent: within[0]![1],
      basis: "equal-shares-last-in-order",
      reason: `no textile material predominates (${bestShare}% each); the one whose heading occurs last in numerical order is taken: ${term} (Section XI note 2 (A), second paragraph)`,
    };
  }
  return {
    material,
    percent: within[0]![1],
    basis: "predominates-by-weight",
    reason: `${term} predominates by weight (${bestShare}%${within.length > 1 || bestCh === 55 ? `, chapter ${bestCh === 55 ? "54/55 man-made fibres" : bestCh} taken together` : ""}) (Section XI note 2 (A), (B)(b)-(c))`,
  };
}

function sumPercent(ms: MaterialShare[]): number | undefined {
  const ps = ms.map((m) => m.percent).filter((p): p is number => p !== undefined);
  return ps.length ? ps.reduce((a, b) => a + b, 0) : undefined;
}

/** Share by weight (percent) of a material class in the stated composition, if stated. */
export function shareOf(attrs: Pick<ExtractedAttributes, "materials">, cls: MaterialClass): number | undefined {
  let total: number | undefined;
  for (const m of attrs.materials) {
    if (m.percent === undefined) continue;
    if (classesOf(m.material).includes(cls)) total = (total ?? 0) + m.percent;
  }
  return total;
}

const IMITATION_LEATHER = /\b(pu|faux|synthetic|vegan|artificial|imitation|pvc|microfib(?:er|re)) leather\b|\bleatherette\b|\bpleather\b/;

/** "PU leather", "faux leather": plastics, not leather (ch. 39 note 1; ch. 42 note 1; ch. 64 note 3(b)). */
export function imitationLeather(attrs: Pick<ExtractedAttributes, "text">): boolean {
  return IMITATION_LEATHER.test(attrs.text) && !/\b(genuine|real|natural|full[- ]grain|top[- ]grain|cow ?hide|calf ?skin|sheepskin) leather\b|\bcowhide\b/.test(attrs.text);
}

/**
 * The material classes the goods are of, most specific first. For textiles the predominant textile material
 * decides (Section XI note 2); otherwise the first listed material (highest share), e.g. the outer surface.
 */
export function productClasses(attrs: Pick<ExtractedAttributes, "materials" | "text">): MaterialClass[] {
  const pt = predominantTextile(attrs);
  const first = attrs.materials[0];
  let out: MaterialClass[];
  if (pt && (!first || isTextile(first.material))) out = classesOf(pt.material);
  else if (first) out = first.material === "leather" && imitationLeather(attrs) ? ["plastics"] : classesOf(first.material);
  else return [];
  if (out.includes("fine_animal_hair") || out.includes("wool")) {
    if (/\b(cashmere|kashmir)\b/.test(attrs.text)) out = ["cashmere", "fine_animal_hair", ...out.filter((c) => c !== "fine_animal_hair")];
  }
  return out;
}

/** What a description says about material: the classes it names, exclusions, residual ("other") and thresholds. */
export interface MaterialSpec {
  includes: MaterialClass[];
  excludes: MaterialClass[];
  /** "Other", "n.e.c.", "other than …": the line takes what its siblings do not. */
  residual: boolean;
  /** "Containing 70 percent or more by weight of silk": minimum share of the first included class. */
  minPercent?: number;
  /** "Containing less than 36 percent by weight of …": maximum share. */
  maxPercent?: number;
}

const CLASS_PATTERNS: Array<[RegExp, MaterialClass[]]> = [
  [/\bwool or (?:of )?fine animal hair\b/, ["wool", "fine_animal_hair"]],
  [/\bfine animal hair\b/, ["fine_animal_hair"]],
  [/\b(?:kashmir|cashmere)\b/, ["cashmere"]],
  [/\bwool\b/, ["wool"]],
  [/\bcotton\b/, ["cotton"]],
  [/\bsilk\b/, ["silk"]],
  [/\bflax\b/, ["flax"]],
  [/\bjute\b/, ["jute"]],
  [/\bvegetable (?:textile )?fib(?:re|er)s?\b/, ["vegetable"]],
  [/\bman-?made fib(?:re|er)s?\b/, ["man_made"]],
  [/\bsynthetic fib(?:re|er)s?\b/, ["synthetic"]],
  [/\bartificial fib(?:re|er)s?\b/, ["artificial"]],
  [/\btextile materials?\b/, ["textile"]],
  [/\bcomposition leather\b/, ["composition_leather", "leather"]],
  [/\bleather\b/, ["leather"]],
  [/\bplastics?\b/, ["plastics"]],
  [/\brubber\b/, ["rubber"]],
  [/\bvulcani[sz]ed fib(?:re|er)\b/, ["vulcanised_fibre"]],
  [/\bpaper(?:board)?\b/, ["paper"]],
  [/\bbamboo\b/, ["bamboo"]],
  [/\brattan\b/, ["rattan"]],
  [/\bwood(?:en)?\b/, ["wood"]],
  [/\bglass\b/, ["glass"]],
  [/\bprecious metal\b/, ["precious_metal"]],
  [/\bsilver\b/, ["silver"]],
  [/\bgold\b/, ["gold"]],
  [/\bplatinum\b/, ["platinum"]],
  [/\bstainless\b/, ["stainless_steel"]],
  [/\biron or steel\b|\bsteel\b/, ["iron_steel"]],
  [/\balumin(?:i)?um\b/, ["aluminium"]],
  [/\bcopper\b/, ["copper"]],
  [/\bzinc\b/, ["zinc"]],
  [/\bbase metal\b/, ["base_metal"]],
  [/\bmetal\b/, ["metal"]],
];

function classesIn(text: string): MaterialClass[] {
  const out: MaterialClass[] = [];
  let rest = text;
  for (const [re, cls] of CLASS_PATTERNS) {
    if (re.test(rest)) {
      for (const c of cls) if (!out.includes(c)) out.push(c);
      rest = rest.replace(new RegExp(re.source, "g"), " ");
    }
  }
  return out;
}

const GENERAL_CLASSES: ReadonlySet<MaterialClass> = new Set<MaterialClass>(["textile", "metal"]);

/** Line descriptions are few and read again and again: their specs are memoized (never mutated). */
const SPECS = new Map<string, MaterialSpec | null>();

/** Reads the material clause of a description. Returns undefined when it says nothing about material. */
export function materialSpecOf(description: string): MaterialSpec | undefined {
  const hit = SPECS.get(description);
  if (hit !== undefined) return hit ?? undefined;
  const spec = readMaterialSpec(description);
  if (SPECS.size > 100_000) SPECS.clear();
  SPECS.set(description, spec ?? null);
  return spec;
}

function readMaterialSpec(description: string): MaterialSpec | undefined {
  let d = description.toLowerCase().replace(/\s+/g, " ").trim();
  const excludes: MaterialClass[] = [];
  let residual = false;
  if (/^others?\b[:.]?\s*$/.test(d)) return { includes: [], excludes: [], residual: true };
  // "whether or not plated with precious metal", "whether or not knitted": not what the line is of.
  d = d.replace(/\bwhether or not [^,;:()]*/g, " ");
  // Exclusion clauses: "(other than …)", "other than …", "(excluding …)", "n.e.c. in …".
  d = d.replace(/\(?\b(?:other than|excluding|except)\b([^);]*)\)?/g, (_m, inner: string) => {
    const named = classesIn(inner);
    if (named.length > 0) {
      excludes.push(...named);
      residual = true;
    }
    return " ";
  });
  // "Not coated or plated with precious metal", "not containing silver": what the goods must not be of either.
  d = d.replace(/\bnot (?:(?:coated|plated|clad|covered|lined|laminated|impregnated|containing|made|wholly|of)\b[ ,]*(?:or |and )?)+(?:(?:with|of|by) )?([^,;:()]*)/g, (m, inner: string) => {
    const named = classesIn(inner);
    if (named.length === 0) return m;
    excludes.push(...named);
    residual = true;
    return " ";
  });
  if (/\bn\.e\.c\.|\bnot elsewhere (?:specified|included)\b|\bn\.e\.s\.?/.test(d)) residual = true;
  if (/^other\b|^of other\b|\bof other textile materials\b|\bof other materials\b/.test(d)) residual = true;
  let minPercent: number | undefined;
  let maxPercent: number | undefined;
  const min = d.match(/(\d+(?:\.\d+)?) ?(?:percent|%) or more by weight of ([a-z -]+)/);
  const over = d.match(/(?:over|more than) (\d+(?:\.\d+)?) ?(?:percent|%) by weight of ([a-z -]+)/);
  const max = d.match(/(?:less than|not over|not more than|under) (\d+(?:\.\d+)?) ?(?:percent|%) by weight of ([a-z -]+)/);
  if (min) minPercent = Number(min[1]);
  else if (over) minPercent = Number(over[1]) + 1e-9;
  if (max) maxPercent = Number(max[1]) - (/less than|under/.test(max[0]) ? 1e-9 : 0);
  const includes = classesIn(d).filter((c) => !excludes.includes(c));
  // "n.e.c." about the article ("Garments; of cotton, …, n.e.c. in chapter 61") does not make a line that names its
  // own fibre a material catch-all; only exclusions of materials, or a general class, do.
  if (residual && excludes.length === 0 && includes.some((c) => !GENERAL_CLASSES.has(c))) residual = false;
  if (includes.length === 0 && excludes.length === 0 && !residual) return undefined;
  const spec: MaterialSpec = { includes, excludes, residual };
  if (minPercent !== undefined) spec.minPercent = minPercent;
  if (maxPercent !== undefined) spec.maxPercent = maxPercent;
  return spec;
}

/**
 * How well a spec fits goods of the given classes: 100 minus the rank of the most specific class it names
 * (exact fibre beats "man-made fibres" beats "textile materials"), 1 for a residual line whose exclusions do not
 * hit the goods, 0 when it does not apply. Share thresholds are checked when the composition states shares.
 */
export function specFit(spec: MaterialSpec, classes: MaterialClass[], attrs?: Pick<ExtractedAttributes, "materials">): number {
  if (classes.length === 0) return 0;
  if (spec.excludes.some((c) => classes.includes(c))) return 0;
  const idx = classes.findIndex((c) => spec.includes.includes(c));
  if (idx >= 0) {
    if (attrs && (spec.minPercent !== undefined || spec.maxPercent !== undefined)) {
      const cls = classes[idx]!;
      const share = shareOf(attrs, cls);
      if (share !== undefined) {
        if (spec.minPercent !== undefined && share < spec.minPercent) return 0;
        if (spec.maxPercent !== undefined && share > spec.maxPercent) return 0;
      } else if (spec.maxPercent !== undefined) {
        return 0;
      }
    }
    // A residual line that also names materials ("of textile materials (other than cotton)") is general.
    return spec.residual ? Math.max(2, 50 - idx) : 100 - idx;
  }
  if (spec.residual && spec.includes.length === 0) return 1;
  return 0;
}

export function hasMaterial(attrs: Pick<ExtractedAttributes, "materials">, ...ms: Material[]): boolean {
  return attrs.materials.some((m) => ms.includes(m.material));
}
