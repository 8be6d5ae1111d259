/**
 * Quantity conditions in national line texts and the goods' measures they are compared with: value ("Valued over
 * $12/pair", "Valued $5 or more each", "valued 15¢/kg or more but less than 20¢/kg"), weight ("Weighing 90 kg or
 * more each"), weight per m² ("weighing not more than 170 g/m²"), power ("Of an output not exceeding 750 W", "7.46 kW
 * and over"), voltage, cylinder capacity ("exceeding 250 cc but not exceeding 1,000 cc"), sizes ("of a width not
 * exceeding 20 cm", "with a diameter of less than 6 mm", "Not exceeding 5 cm in width") and capacities ("Of a
 * capacity exceeding 1 liter"). Pure.
 */
import type { ExtractedAttributes } from "../types.js";

export interface Threshold {
  min?: number;
  minInclusive?: boolean;
  max?: number;
  maxInclusive?: boolean;
  /** Unit the value is per ("dozen", "pair", "kg", "meter", …), for value thresholds. */
  unit?: string;
}

export type Quantity =
  | "value"
  | "weight"
  | "areaWeight"
  | "power"
  | "voltage"
  | "cylinder"
  | "length"
  | "width"
  | "diameter"
  | "thickness"
  | "height"
  | "volume"
  | "brix"
  | "fat"
  | "absorption"
  | "kva"
  | "force"
  | "reflectingArea"
  | "gravity"
  | "yarnNumber";

export interface QuantityCondition {
  quantity: Quantity;
  threshold: Threshold;
}

const OPS =
  "not over|not more than|not exceeding|not less than|not under|less than|more than|over|under|exceeding|at least|below|above|up to|greater than";
const POST = "or more|and over|or over|or greater|and above|or less|and under|or under";

function bound(t: Threshold, op: string, v: number): void {
  const o = op.trim();
  if (/^(?:not over|not more than|not exceeding|up to|or less|and under|or under)$/.test(o)) {
    t.max = v;
    t.maxInclusive = true;
  } else if (/^(?:under|less than|below)$/.test(o)) {
    t.max = v;
    t.maxInclusive = false;
  } else if (/^(?:not less than|not under|at least|or more|and over|or over|or greater|and above)$/.test(o)) {
    t.min = v;
    t.minInclusive = true;
  } else {
    t.min = v;
    t.minInclusive = false;
  }
}

/** Lower case, thousands separators dropped ("1,000 cc" → "1000 cc"), "²"/"³" as digits. */
function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d),(\d{3})(?!\d)/g, "$1$2")
    .replace(/(\d),(\d{3})(?!\d)/g, "$1$2")
    .replace(/²/g, "2")
    .replace(/³/g, "3")
    .replace(/\s+/g, " ");
}

interface Hit {
  op?: string;
  post?: string;
  value: number;
  unit: string;
  index: number;
  end: number;
}

/** Every "<op> <number> <unit> <post>" in the text whose unit matches `unitRe` (a regex source). */
function hits(d: string, numRe: string, unitRe: string): Hit[] {
  const re = new RegExp(`(?:\\b(${OPS})\\s+)?${numRe}\\s?(${unitRe})(?![a-z0-9])(?:\\s+(${POST})\\b)?`, "g");
  const out: Hit[] = [];
  for (const m of d.matchAll(re)) {
    const value = Number(m[2]);
    if (!Number.isFinite(value)) continue;
    out.push({ op: m[1], value, unit: m[3]!, post: m[4], index: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Merges "<a> but <b>" / "<a> and <b>" bounds of the same quantity into one threshold. */
function thresholdOf(list: Hit[], scale: (h: Hit) => number): Threshold | undefined {
  const t: Threshold = {};
  let any = false;
  for (const h of list.slice(0, 2)) {
    const op = h.op ?? h.post;
    if (!op) continue;
    bound(t, op, Number(scale(h).toFixed(6)));
    any = true;
  }
  return any ? t : undefined;
}

const MONEY_UNIT =
  "dozen pieces or parts|dozen pieces|dozen pairs|dozen|doz\\.?|pairs?|prs?\\.?|pieces?|pcs?|each|units?|sets?|gross|kg|kilograms?|linear meters?|square meters?|m2|meters?|metres?|m|liters?|l|dozen";

/** Value thresholds ("Valued over $12/pair", "valued 15¢/kg or more but less than 20¢/kg", "Valued $5 or more each"). */
export function valueThreshold(description: string): Threshold | undefined {
  const d = norm(description);
  const at = d.search(/\bvalued\b|\bvalue\b/);
  if (at < 0) return undefined;
  const tail = d.slice(at);
  const re = new RegExp(
    `(?:\\b(${OPS})\\s+)?(\\$\\s?[\\d.]+|[\\d.]+\\s?(?:¢|cents?))(?:\\s*(?:\\/|per|each|a)\\s*(${MONEY_UNIT})\\b)?(?:\\s+(${POST})\\b)?(?:\\s*(?:\\/|per)\\s*(${MONEY_UNIT})\\b)?`,
    "g",
  );
  const t: Threshold = {};
  let n = 0;
  for (const m of tail.matchAll(re)) {
    const op = m[1] ?? m[4];
    if (!op) continue;
    const raw = m[2]!;
    const v = Number(raw.replace(/[$\s¢]|cents?/g, ""));
    if (!Number.isFinite(v)) continue;
    bound(t, op, /¢|cent/.test(raw) ? v / 100 : v);
    const unit = m[3] ?? m[5];
    if (unit && !t.unit) t.unit = unit.replace(/\.$/, "");
    if (++n === 2) break;
  }
  if (n === 0) return undefined;
  if (!t.unit) {
    const u = tail.match(new RegExp(`(?:\\/|\\bper\\b|\\beach\\b)\\s*(${MONEY_UNIT})\\b`));
    if (u) t.unit = u[1]!.replace(/\.$/, "");
    else if (/\beach\b/.test(tail)) t.unit = "each";
  }
  return t;
}

const NUM = "(\\d+(?:\\.\\d+)?)";

/** Weight thresholds in kg ("Weighing not more than 10 kg", "90 kg or more each"); not weights per m². */
export function weightThreshold(description: string): Threshold | undefined {
  const d = norm(description);
  if (!/\bweigh|\bweight\b/.test(d)) return undefined;
  const list = hits(d, NUM, "kg|g|t|tons?|tonnes?").filter((h) => !/^\s*\/\s*m/.test(d.slice(h.end, h.end + 4)) && !/^\s*(?:per|\/)\s*(?:m|square)/.test(d.slice(h.end, h.end + 10)));
  return thresholdOf(list, (h) => h.value * (h.unit === "g" ? 0.001 : /^t/.test(h.unit) ? 1000 : 1));
}

/** Weight per m² in g ("weighing not more than 170 g/m²", "weighing more than 1.492 kg/m2"). */
export function areaWeightThreshold(description: string): Threshold | undefined {
  const d = norm(description);
  const list = hits(d, NUM, "g\\s?\\/\\s?m2|kg\\s?\\/\\s?m2");
  return thresholdOf(list, (h) => h.value * (h.unit.startsWith("kg") ? 1000 : 1));
}

/** "<op> <number>" with no unit (a Brix value). */
const BARE_BOUND_RE = new RegExp(`\\b(${OPS})\\s+${NUM}(?![\\d.%])`, "g");

const SIZE_WORD: Array<[RegExp, Quantity]> = [
  [/\bwidth\b|\bwide\b/, "width"],
  [/\bdiameter\b/, "diameter"],
  // Copper and nickel wire (7408, 7505) "with a maximum cross-sectional dimension over 9.5 mm": a round wire's diameter.
  [/\bcross[- ]sectional dimension\b/, "diameter"],
  [/\bthickness\b|\bthick\b/, "thickness"],
  [/\blength\b|\blong\b/, "length"],
  [/\bheight\b|\bhigh\b/, "height"],
];

/** The bounds on the percentages of a text that a word names within `window` characters before them ("of a fat content … exceeding 1 %"). */
function percentThreshold(d: string, word: RegExp, window: number): Threshold | undefined {
  return thresholdOf(hits(d, NUM, "%|percent").filter((h) => word.test(d.slice(Math.max(0, h.index - window), h.index))), (h) => h.value);
}

/**
 * Yarn count bounds in metric number (Nm: kilometres of yarn per kilogram; the finer the yarn, the higher): the HS
 * cotton yarn texts "(exceeding 52 but not exceeding 80 metric number)", "(53 to 80 metric number) per single yarn",
 * and the US cotton fabric lines by average yarn number, "Of number 42 or lower number", "Of numbers 43 to 68", "Of
 * number 69 or higher number" (ch. 52 additional U.S. note: the average yarn number is a metric number). Whole
 * numbers "a to b" mean over a − 1 up to b (the ranges of a level meet: "44 to 52", "53 to 80").
 */
export function yarnNumberThreshold(description: string): Threshold | undefined {
  const d = norm(description);
  const range = d.match(/\bof numbers (\d+) to (\d+)\b/) ?? d.match(/\b(\d+) to (\d+) metric number\b/);
  if (range) return { min: Number(range[1]) - 1, minInclusive: false, max: Number(range[2]), maxInclusive: true };
  const open = d.match(/\bof number (\d+) or (lower|higher) number\b/);
  if (open) return open[2] === "lower" ? { max: Number(open[1]), maxInclusive: true } : { min: Number(open[1]), minInclusive: true };
  const at = d.indexOf("metric number");
  // The US yarn lines write the metric number as a unit: "Exceeding 52 nm but not exceeding 80 nm".
  if (at < 0) return thresholdOf(hits(d, NUM, "nm"), (h) => h.value);
  // The bounds written just before "metric number", within its parenthesis ("(over 80 but not over 94 metric number)").
  const paren = d.lastIndexOf("(", at);
  const from = paren >= 0 && at - paren < 60 ? paren : Math.max(0, at - 50);
  const seg = d.slice(from, at);
  const list = [...seg.matchAll(BARE_BOUND_RE)].map((m) => ({ op: m[1], value: Number(m[2]), unit: "", index: m.index!, end: m.index! + m[0].length }));
  return thresholdOf(list, (h) => h.value);
}

/** Words that show a text is about yarn or fabric, where a count ("60 Nm", "Ne 30") is a yarn count. */
const YARN_CONTEXT = /\byarns?\b|\bfabrics?\b|\bthreads?\b|\bcloth\b|\bwoven\b|\bpoplin\b|\bsheeting\b|\bshirting\b|\bmuslin\b|\blawn\b|\bvoile\b/;

/**
 * The goods' yarn count in metric number: "60 metric number", "Nm 60", "2/60 Nm" (a folded yarn's count is that of
 * its single yarns: the larger figure), "average yarn number of 50"; English cotton count "Ne 30", "30 Ne" (× 1.6934);
 * "167 decitex" / "167 dtex" (10,000 ÷ dtex) and "150 denier" (9,000 ÷ denier).
 */
export function yarnNumberOf(text: string): number | undefined {
  const t = norm(text);
  if (!YARN_CONTEXT.test(t)) return undefined;
  const count = (a: string, b?: string) => Math.max(Number(a), b ? Number(b) : 0);
  let m = t.match(/(?<![\d./])(\d+(?:\.\d+)?)(?:\s?\/\s?(\d+))?\s?(?:metric (?:number|count)|nm)\b/);
  if (m) return count(m[1]!, m[2]);
  m = t.match(/\b(?:nm|metric (?:number|count)|average yarn number|yarn number)(?: of)?\s?(\d+(?:\.\d+)?)(?:\s?\/\s?(\d+))?(?![\d.])/);
  if (m) return count(m[1]!, m[2]);
  m = t.match(/\bne\s?(\d+(?:\.\d+)?)(?:\s?\/\s?(\d+))?(?![\d.])/) ?? t.match(/(?<![\d./])(\d+(?:\.\d+)?)(?:\s?\/\s?(\d+))?\s?(?:ne|english count)\b/);
  if (m) return count(m[1]!, m[2]) * 1.6934;
  m = t.match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(?:decitex|dtex)\b/);
  if (m && Number(m[1]) > 0) return 10000 / Number(m[1]);
  m = t.match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(?:deniers?|den)\b/) ?? t.match(/(?<![\d.])(\d+(?:\.\d+)?)\s?d\s?\/\s?\d+\s?f\b/);
  if (m && Number(m[1]) > 0) return 9000 / Number(m[1]);
  return undefined;
}

/**
 * All quantity conditions of a line: value, weight, weight per m², power, voltage, cylinder capacity, sizes and
 * capacities.
 */
export function quantityConditions(description: string): QuantityCondition[] {
  const out: QuantityCondition[] = [];
  const v = valueThreshold(description);
  if (v) out.push({ quantity: "value", threshold: v });
  const area = areaWeightThreshold(description);
  if (area) out.push({ quantity: "areaWeight", threshold: area });
  const w = weightThreshold(description);
  if (w) out.push({ quantity: "weight", threshold: w });
  const d = norm(description);
  // Mirrors (7009.91 / 7009.92): "Not over 929 cm2 in reflecting area".
  if (/\breflecting area\b/.test(d)) {
    const a = thresholdOf(hits(d, NUM, "cm2"), (h) => h.value);
    if (a) out.push({ quantity: "reflectingArea", threshold: a });
  }
  const power = thresholdOf(hits(d, NUM, "kw|w|watts?"), (h) => h.value * (h.unit === "kw" ? 1000 : 1));
  if (power) out.push({ quantity: "power", threshold: power });
  const volt = thresholdOf(hits(d, NUM, "kv|v|volts?"), (h) => h.value * (h.unit === "kv" ? 1000 : 1));
  if (volt) out.push({ quantity: "voltage", threshold: volt });
  if (/\bcylinder capacity\b/.test(d)) {
    const cc = thresholdOf(hits(d, NUM, "cc|cm3"), (h) => h.value);
    if (cc) out.push({ quantity: "cylinder", threshold: cc });
  }
  if (/\bcapacity\b|\bholding\b|\bcontainers?\b/.test(d) && !/\bcylinder capacity\b/.test(d)) {
    const l = thresholdOf(hits(d, NUM, "liters?|litres?|l"), (h) => h.value);
    if (l) out.push({ quantity: "volume", threshold: l });
  }
  // Brix value of juices ("of a Brix value not exceeding 20", "of a Brix value exceeding 20 but not exceeding 67").
  if (d.includes("brix")) {
    const b = thresholdOf(
      [...d.matchAll(BARE_BOUND_RE)]
        .filter((m) => /\bbrix\b/.test(d.slice(Math.max(0, m.index! - 40), m.index!)))
        .map((m) => ({ op: m[1], value: Number(m[2]), unit: "", index: m.index!, end: m.index! + m[0].length })),
      (h) => h.value,
    );
    if (b) out.push({ quantity: "brix", threshold: b });
  }
  // Apparent power of generating sets and transformers ("of an output not exceeding 75 kVA", "exceeding 650 kVA",
  // "less than 40 VA"), in kVA.
  if (/\d\s?k?va\b/.test(d)) {
    const k = thresholdOf(hits(d, NUM, "kva|va"), (h) => (h.unit === "va" ? h.value / 1000 : h.value));
    if (k) out.push({ quantity: "kva", threshold: k });
  }
  // Clamp force of injection-molding machines ("With a clamp force equal to or greater than 50 tons and less than 300
  // tons"), in tons.
  if (/\bclamp(?:ing)? force\b/.test(d)) {
    const f = thresholdOf(hits(d.replace(/\bequal to or greater than\b/g, "at least"), NUM, "tons?|tonnes?"), (h) => h.value);
    if (f) out.push({ quantity: "force", threshold: f });
  }
  // Fat content of dairy produce ("of a fat content, by weight, exceeding 1% but not exceeding 6%").
  if (/\bfat\b|\bbutterfat\b|\bmilkfat\b/.test(d)) {
    const f = percentThreshold(d, /\b(?:fat|butterfat|milkfat)\b/, 50);
    if (f) out.push({ quantity: "fat", threshold: f });
  }
  // Specific gravity of polymers of ethylene ("having a specific gravity of less than 0.94", "of 0.94 or more").
  if (d.includes("specific gravity")) {
    const g = thresholdOf(hits(d, NUM, "").filter((h) => /specific gravity/.test(d.slice(Math.max(0, h.index - 40), h.index))), (h) => h.value);
    if (g) out.push({ quantity: "gravity", threshold: g });
  }
  // Water absorption of ceramic tiles ("of a water absorption coefficient by weight not exceeding 0.5 %").
  if (d.includes("absorption")) {
    const a = percentThreshold(d, /\babsorption\b/, 70);
    if (a) out.push({ quantity: "absorption", threshold: a });
  }
  // Yarn count ("exceeding 52 but not exceeding 80 metric number"; "Of numbers 43 to 68").
  if (/\bmetric number\b|\bof numbers? \d+ (?:to \d+|or (?:lower|higher) number)\b|\d nm\b/.test(d)) {
    const y = yarnNumberThreshold(d);
    if (y) out.push({ quantity: "yarnNumber", threshold: y });
  }
  // Sizes: the dimension named before the figure ("of a width not exceeding 20 cm") or after it ("5 cm in width").
  const sizeHits = hits(d, NUM, "mm|cm|m");
  const byDim = new Map<Quantity, Hit[]>();
  for (const h of sizeHits) {
    const before = d.slice(Math.max(0, h.index - 45), h.index);
    const after = d.slice(h.end, h.end + 16);
    let dim: Quantity | undefined;
    const afterDim = after.match(/^\s*(?:\(\s*[^)]*\)\s*)?in (width|diameter|thickness|length|height)\b/);
    if (afterDim) dim = afterDim[1] as Quantity;
    else {
      let best = -1;
      for (const [re, q] of SIZE_WORD) {
        const all = [...before.matchAll(new RegExp(re.source, "g"))];
        const last = all[all.length - 1];
        if (last && last.index! > best) {
          best = last.index!;
          dim = q;
        }
      }
    }
    if (!dim) continue;
    if (!byDim.has(dim)) byDim.set(dim, []);
    byDim.get(dim)!.push(h);
  }
  for (const [dim, list] of byDim) {
    const t = thresholdOf(list, (h) => h.value * (h.unit === "mm" ? 0.1 : h.unit === "m" ? 100 : 1));
    if (t) out.push({ quantity: dim, threshold: t });
  }
  return out;
}

export function within(t: Threshold, v: number): boolean {
  if (t.min !== undefined && (t.minInclusive ? v < t.min : v <= t.min)) return false;
  if (t.max !== undefined && (t.maxInclusive ? v > t.max : v >= t.max)) return false;
  return true;
}

/** Length the goods are sold by, in meters ("10 Feet Figaro chain", "1 Meter bulk cuban chain", "5m roll"). */
export function soldLengthM(attrs: Pick<ExtractedAttributes, "cleanName" | "text" | "dimensions">): number | undefined {
  const m = `${attrs.cleanName} ; ${attrs.text}`.toLowerCase().match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(meters?|metres?|m|feet|foot|ft|yards?|yds?)(?![a-z0-9])/);
  if (m) {
    const v = Number(m[1]);
    const u = m[2]!;
    const meters = /^m/.test(u) ? v : /^(?:feet|foot|ft)$/.test(u) ? v * 0.3048 : v * 0.9144;
    if (meters > 0) return meters;
  }
  const cm = attrs.dimensions?.lengthCm;
  return cm !== undefined && cm >= 50 ? cm / 100 : undefined;
}

/** Engine cylinder capacity in cc when stated ("1,500 cc", "1.5L engine" is not read: it may be a tank). */
export function cylinderCc(text: string): number | undefined {
  const m = text.toLowerCase().replace(/(\d),(\d{3})/g, "$1$2").match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(?:cc|cm3|cm³)(?![a-z0-9])/);
  return m ? Number(m[1]) : undefined;
}

/** The Brix value of a juice when stated ("Brix value 11", "11 degrees Brix", "11° Brix", "Brix: 65"). */
export function brixOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (!t.includes("brix")) return undefined;
  const m =
    t.match(/\bbrix(?:\s+value)?(?:\s+of)?\s*[:=]?\s*(?:about\s+|approx\.?\s+)?(\d+(?:\.\d+)?)(?![\d%])/) ??
    t.match(/(?<![\d.])(\d+(?:\.\d+)?)\s*(?:°|degrees?\s+|deg\.?\s+)?brix\b/);
  return m ? Number(m[1]) : undefined;
}

/** A tube's or pipe's outside diameter in cm ("22 mm outside diameter", "outside diameter of 22 mm", "OD 22 mm"). */
export function outsideDiameterCm(text: string): number | undefined {
  const t = norm(text);
  const m =
    t.match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(mm|cm)\s+(?:outside|outer|external) diameter\b/) ??
    t.match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(mm|cm)\s+o\.?d\.?(?![a-z])/) ??
    t.match(/\b(?:outside|outer|external) diameter(?: of)?\s*:?\s*(\d+(?:\.\d+)?)\s?(mm|cm)\b/) ??
    t.match(/\bo\.?d\.?\s*:?\s*(\d+(?:\.\d+)?)\s?(mm|cm)\b/);
  if (!m) return undefined;
  const v = Number(m[1]);
  return m[2] === "mm" ? v / 10 : v;
}

/**
 * The goods' own measure for a quantity condition, when the attributes or the text state it (value is left to the
 * national lines). Measures written in the text are read from `text` (the national walk reads the goods' profile text).
 */
export function goodsMeasure(q: Quantity, attrs: ExtractedAttributes, text = attrs.text): number | undefined {
  switch (q) {
    case "weight": return attrs.weightKg;
    case "power": return attrs.powerW;
    case "voltage": return attrs.voltageV;
    case "cylinder": return cylinderCc(text);
    case "length": return attrs.dimensions?.lengthCm;
    case "width": return attrs.dimensions?.widthCm;
    case "diameter": return attrs.dimensions?.diameterCm ?? outsideDiameterCm(text);
    case "height": return attrs.dimensions?.heightCm ?? sectionHeightCm(text);
    case "thickness": return thicknessCm(text);
    case "volume": return attrs.dimensions?.volumeL;
    case "brix": return brixOf(text);
    case "fat": return fatPercentOf(text);
    case "absorption": return waterAbsorptionOf(text);
    case "kva": return kvaOf(text);
    case "force": return clampForceOf(text);
    case "gravity": return specificGravityOf(text);
    case "yarnNumber": return yarnNumberOf(`${attrs.cleanName ?? ""} ; ${text}`);
    case "areaWeight": return attrs.gsm;
    case "reflectingArea": return faceAreaCm2(attrs);
    default: return undefined;
  }
}

/**
 * The face area of flat goods in cm² from their stated size: a round one's diameter (π r²), else length × width (a
 * mirror's size is its face; the frame's border is not deducted, which errs to the larger line only for thin frames).
 */
export function faceAreaCm2(attrs: ExtractedAttributes): number | undefined {
  const d = attrs.dimensions;
  if (!d) return undefined;
  if (d.diameterCm) return Math.PI * (d.diameterCm / 2) ** 2;
  const sides = [d.lengthCm, d.widthCm, d.heightCm].filter((x): x is number => x !== undefined && x > 0).sort((a, b) => b - a);
  return sides.length >= 2 ? sides[0]! * sides[1]! : undefined;
}

/** The clamp force of a molding machine in tons when stated ("a clamping force of 150 tons", "250 ton clamp force"). */
export function clampForceOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (!t.includes("clamp")) return undefined;
  const m =
    t.match(/\bclamp(?:ing)? force(?: of)?\s*[:=]?\s*(\d+(?:\.\d+)?)\s?(?:tons?|tonnes?|t)\b/) ??
    t.match(/(?<![\d.])(\d+(?:\.\d+)?)[- ]?(?:tons?|tonnes?|t)\s+(?:of\s+)?clamp(?:ing)?(?: force)?\b/);
  return m ? Number(m[1]) : undefined;
}

/**
 * The specific gravity of a polymer when stated ("specific gravity of 0.95", "a specific gravity of 0.94 or more",
 * "density 0.952 g/cm3"); a strict bound ("less than 0.94") reads as just inside it.
 */
export function specificGravityOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (!/specific gravity|density/.test(t)) return undefined;
  const m =
    t.match(/\bspecific gravity(?:\s+(?:of|is))?\s*[:=]?\s*(less than|below|under|more than|over|above|exceeding|at least|not less than)?\s*(\d?\.\d+)/) ??
    t.match(/\bdensity(?:\s+(?:of|is))?\s*[:=]?\s*(less than|below|under|more than|over|above|exceeding|at least|not less than)?\s*(\d?\.\d+)\s?g\s?\/\s?(?:cm3|cc|ml)\b/);
  if (!m) return undefined;
  return justInside(Number(m[2]), m[1], 0.001);
}

/** Apparent power in kVA when stated ("50 kVA", "1,000 kva", "300 VA"). */
export function kvaOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (!t.includes("va")) return undefined;
  const m = t.replace(/(\d),(\d{3})(?!\d)/g, "$1$2").match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(k?va)\b/);
  return m ? Number(m[1]) / (m[2] === "va" ? 1000 : 1) : undefined;
}

/** The fat content of dairy produce in % by weight when stated ("26% fat", "fat content 3.5%", "3.25% milkfat"). */
export function fatPercentOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (!/fat\b/.test(t)) return undefined;
  const m =
    t.match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|percent)\s+(?:milk\s?|butter\s?)?fat\b/) ??
    t.match(/\b(?:milk\s?|butter\s?)?fat(?:\s+content)?(?:,?\s+by\s+weight)?(?:\s+of)?\s*[:=]?\s*(\d+(?:\.\d+)?)\s?(?:%|percent)/);
  return m ? Number(m[1]) : undefined;
}

/**
 * The water absorption of ceramic goods in % by weight when stated ("water absorption 3%", "water absorption below
 * 0.5%", "absorption rate < 0.5 %"); a strict bound reads as just inside it.
 */
export function waterAbsorptionOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (!t.includes("absorption")) return undefined;
  const m = t.match(
    /\babsorption(?:\s+(?:rate|coefficient|ratio))?(?:\s+by\s+weight)?(?:\s+(?:of|is))?\s*[:=]?\s*(below|under|less than|lower than|<|≤|<=|not exceeding|max(?:imum)?|up to|over|above|more than|exceeding|>|≥|>=)?\s*(\d+(?:\.\d+)?)\s?(?:%|percent)/,
  );
  if (!m) return undefined;
  return justInside(Number(m[2]), m[1], 0.01);
}

/**
 * A stated figure read with its operator: a strict bound ("below 0.5", "more than 0.94") as a value just inside it, by
 * the relative `step`; any other operator ("not exceeding", "at least", none) as the figure itself.
 */
function justInside(v: number, op: string | undefined, step: number): number {
  if (/^(?:below|under|less than|lower than|<)$/.test(op ?? "")) return v * (1 - step);
  if (/^(?:over|above|more than|exceeding|>)$/.test(op ?? "")) return v * (1 + step);
  return v;
}

/** Steel sections (angles, channels, beams, tees) the trade sizes height first, in mm ("MS angle 50x50x5", "channel 100x50"). */
const SECTION_RE = /\b(?:angles?|channels?|beams?|joists?|tees?|t-bars?|sections?)\b/;
const SECTION_SIZE_RE = /(?<![\d.a-z])(\d+(?:\.\d+)?)\s?(mm|cm)?\s?x\s?\d+(?:\.\d+)?\s?(?:mm|cm)?(?:\s?x\s?\d+(?:\.\d+)?\s?(mm|cm)?)?(?![\d.a-z])/;

/**
 * The height of a steel section (7216 splits L, T, U, I and H sections at 80 mm) from its size: the first figure of
 * "height x flange (x thickness)", in mm unless the size says cm.
 */
export function sectionHeightCm(text: string): number | undefined {
  const t = text.toLowerCase();
  if (!SECTION_RE.test(t)) return undefined;
  const m = SECTION_SIZE_RE.exec(t);
  if (!m) return undefined;
  const unit = m[2] ?? m[3] ?? "mm";
  return Number(m[1]) * (unit === "cm" ? 1 : 0.1);
}

/** Thickness in cm when stated ("3mm thick", "thickness: 2 mm"), or as the trade writes a flat product's size. */
export function thicknessCm(text: string): number | undefined {
  const t = text.toLowerCase();
  const m =
    t.match(/(?<![\d.])(\d+(?:\.\d+)?)\s?(mm|cm)\s+thick(?:ness)?\b/) ?? t.match(/\bthickness\W{0,3}(?:of\s+)?(\d+(?:\.\d+)?)\s?(mm|cm)\b/);
  if (m) return Number(m[1]) * (m[2] === "mm" ? 0.1 : 1);
  return FLAT_FORM_RE.test(t) ? flatSizeThicknessCm(t) : undefined;
}

/** Flat goods whose size the trade writes thickness first or alone ("CR coil 0.8mm x 1250mm", "GI sheet 0.5mm"). */
const FLAT_FORM_RE = /\b(?:coils?|sheets?|sheeting|plates?|strips?|foils?|films?|boards?|panels?|slabs?)\b/;
/** A size: one to three numbers joined by "x", at least one carrying mm or cm ("0.8mm x 1250mm", "2x1250x2500mm"). */
const SIZE_GROUP_RE = /(?<![\d.a-z])(\d+(?:\.\d+)?)(mm|cm)?(?:\s?x\s?(\d+(?:\.\d+)?)(mm|cm)?)?(?:\s?x\s?(\d+(?:\.\d+)?)(mm|cm)?)?(?![\d.a-z])(?!\s*(?:wide|width|long|length|dia|diameter|od|id|high|height|deep|depth)\b)/g;

/**
 * The thickness of a flat product from its size: a lone measure of at most 25 mm ("GI sheet 0.5mm"), or the smallest
 * of two or three when it is at most 25 mm and a fifth of the next ("1.0mm x 1250mm", "1220x2440x18mm"); a unit
 * written once after the last number applies to all of them.
 */
function flatSizeThicknessCm(t: string): number | undefined {
  for (const g of t.matchAll(SIZE_GROUP_RE)) {
    const nums = [g[1], g[3], g[5]].filter((x): x is string => x !== undefined).map(Number);
    const units = [g[2], g[4], g[6]].filter((x): x is string => x !== undefined);
    if (units.length === 0) continue;
    const unit = units[units.length - 1]!;
    const cm = nums.map((n, i) => n * ((g[2 * i + 2] ?? unit) === "mm" ? 0.1 : 1));
    const sorted = [...cm].sort((a, b) => a - b);
    const thin = sorted[0]!;
    if (thin > 2.5 || thin <= 0) continue;
    if (sorted.length === 1 || thin * 5 <= sorted[1]!) return thin;
  }
  return undefined;
}

/** The goods' value in USD per the unit a threshold is stated in, when it can be known. */
export function valuePer(attrs: ExtractedAttributes, unit: string | undefined): number | undefined {
  const v = attrs.valueUsd;
  if (v === undefined) return undefined;
  const u = (unit ?? "").replace(/s$/, "");
  switch (u) {
    case "": case "piece": case "pc": case "each": case "unit": case "pair": case "pr": case "set":
      return v;
    case "dozen": case "doz": case "dozen piece": case "dozen pieces or part": case "dozen pair":
      return v * 12;
    case "gros":
    case "gross":
      return v * 144;
    case "kg": case "kilogram":
      return attrs.weightKg ? v / attrs.weightKg : undefined;
    case "meter": case "metre": case "m": case "linear meter": {
      const len = soldLengthM(attrs);
      return len ? v / len : undefined;
    }
    default:
      return undefined;
  }
}
