/**
 * Measurements read from normalized text (see `normalizeText`: "500w", "1.5kg", "28x19x9mm", "12pcs"):
 * weight, fabric weight (gsm), power, voltage, dimensions, volume and piece counts. Pure functions.
 */

// The global patterns below are walked with exec from lastIndex 0 (what matchAll does, without cloning the
// pattern on every call); none matches an empty string, and none is used elsewhere.
const NUM = "(\\d+(?:\\.\\d+)?)";
/** Not inside a word or a number ("x" allowed: "2x50w", "2x500ml"). */
const LEFT = "(?<![a-wyz0-9.])";

const LENGTH_CM: Record<string, number> = { mm: 0.1, cm: 1, m: 100, in: 2.54, ft: 30.48, yd: 91.44 };
const WEIGHT_KG: Record<string, number> = { kg: 1, g: 0.001, mg: 0.000001, lb: 0.45359237, oz: 0.028349523 };
const round = (v: number, digits = 4): number => Number(v.toFixed(digits));

// ---------------------------------------------------------------------------------------------
// Weight
// ---------------------------------------------------------------------------------------------

const WEIGHT_RE = new RegExp(`${LEFT}${NUM}(kg|mg|g|lb|oz)(?![a-z0-9/])`, "g");
const CAPACITY_BEFORE_RE = /(?:capacity|load|loading|bearing|max|maximum|support|supports|holds?|up to|payload|bear|withstand|lifting|lift|tension|pull|breaking|strength)\W*(?:\w+\W+)?$/;
const CAPACITY_AFTER_RE = /^\s*(?:capacity|load|loading|bearing|max|maximum|payload|rated load|drag|pull|tension)\b/;
const NETWORK_AFTER_RE = /^\s*(?:wireless|wifi|network|lte|band|signal|router|remote|receiver|dual|mobile|phone|cellular|modem|sim|data)\b/;
const WEIGHT_WORD_RE = /(?:weight|weighs|wt|n\.w|net|mass)\W*(?:\w+\W+)?$/;

export interface WeightOptions {
  /** Free text: ounces only with a weight word before them; capacities ("150kg load") are skipped. */
  freeText?: boolean;
}

/** Weight in kg from normalized text ("net weight 500g" → 0.5); prefers a figure marked net. */
export function parseWeightKg(norm: string, opts: WeightOptions = {}): number | undefined {
  let best: { kg: number; score: number } | undefined;
  WEIGHT_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WEIGHT_RE.exec(norm)); ) {
    const value = Number(m[1]);
    const unit = m[2]!;
    if (!(value > 0)) continue;
    const before = norm.slice(Math.max(0, m.index! - 30), m.index!);
    const after = norm.slice(m.index! + m[0].length, m.index! + m[0].length + 25);
    if (CAPACITY_BEFORE_RE.test(before) || CAPACITY_AFTER_RE.test(after)) continue;
    if (unit === "g" && (value === 2.4 || value === 5.8 || ((value === 2 || value === 3 || value === 4 || value === 5) && (NETWORK_AFTER_RE.test(after) || /\b(?:wifi|wireless|network|lte|phone)\b/.test(norm))))) continue;
    const weightWord = WEIGHT_WORD_RE.test(before);
    if (opts.freeText && unit === "oz" && !weightWord) continue;
    let score = weightWord ? 1 : 0;
    if (/net\W*(?:weight|wt)?\W*$/.test(before) || /\bn\.?w\.?\W*$/.test(before)) score += 2;
    if (/(?:gross|package|packing|shipping)\W*(?:weight|wt)?\W*$/.test(before)) score -= 1;
    if (!best || score > best.score) best = { kg: round(value * WEIGHT_KG[unit]!, 6), score };
  }
  return best?.kg;
}

// ---------------------------------------------------------------------------------------------
// Fabric weight
// ---------------------------------------------------------------------------------------------

const GSM_RE = new RegExp(`${LEFT}${NUM}gsm\\b|\\bgsm\\W{0,3}${NUM}(?![\\d.])`);
const OZ_YD_RE = new RegExp(`${LEFT}${NUM}oz\\s*(?:/|per)\\s*(?:yd2|sq\\.?\\s?yd|square yard)`);

/** Grams per m² ("180gsm", "180 g/m2", "gsm: 180", "6 oz/yd2" → 203). */
export function parseGsm(norm: string): number | undefined {
  const m = GSM_RE.exec(norm);
  if (m) {
    const v = Number(m[1] ?? m[2]);
    if (v > 0 && v < 5000) return v;
  }
  const oz = OZ_YD_RE.exec(norm);
  if (oz) return round(Number(oz[1]) * 33.906, 1);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Power and voltage
// ---------------------------------------------------------------------------------------------

const POWER_RE = new RegExp(`${LEFT}${NUM}(kw|mw|w)(?![a-wyz0-9])|${LEFT}${NUM}\\s*(?:hp|horsepower)\\b`, "g");

/** Power in watts (largest figure stated: "10w 20w 50w" → 50; "2x50w" → 50; "1.5kw" → 1500; "2hp" → 1491). */
export function parsePowerW(norm: string): number | undefined {
  let max: number | undefined;
  POWER_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = POWER_RE.exec(norm)); ) {
    let w: number;
    if (m[1] !== undefined) w = Number(m[1]) * (m[2] === "kw" ? 1000 : m[2] === "mw" ? 0.001 : 1);
    else w = Number(m[3]) * 745.7;
    if (w > 0 && (max === undefined || w > max)) max = round(w, 3);
  }
  return max;
}

const VOLT_RE = new RegExp(`${LEFT}${NUM}(?:\\s*(?:-|~|to|/)\\s*${NUM})?(kv|mv|v)(?![a-z0-9])`, "g");

/** Voltage in volts (largest stated: "90-240v" → 240, "110v,220v" → 220, "12vdc" → 12). */
export function parseVoltageV(norm: string): number | undefined {
  let max: number | undefined;
  VOLT_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VOLT_RE.exec(norm)); ) {
    const f = m[3] === "kv" ? 1000 : m[3] === "mv" ? 0.001 : 1;
    const v = Math.max(Number(m[1]), m[2] !== undefined ? Number(m[2]) : 0) * f;
    if (v > 0 && (max === undefined || v > max)) max = round(v, 3);
  }
  return max;
}

// ---------------------------------------------------------------------------------------------
// Dimensions and volume
// ---------------------------------------------------------------------------------------------

export interface Dimensions {
  lengthCm?: number;
  widthCm?: number;
  heightCm?: number;
  diameterCm?: number;
  volumeL?: number;
}

const LU = "(mm|cm|m|in|ft|yd)";
const DIM_RE = new RegExp(
  `${LEFT}${NUM}${LU}?\\s*x\\s*${NUM}${LU}?(?:\\s*x\\s*${NUM}${LU}?)?(?![a-z0-9])`,
  "g",
);
const KEYWORD_BEFORE_RE = new RegExp(
  `\\b(length|long|len|width|wide|height|high|tall|thickness|thick|diameter|dia|ø|o\\.d|od|caliber)\\s*[:=]?\\s*(?:of\\s+|about\\s+|approx\\.?\\s+|approximately\\s+)?${NUM}${LU}(?![a-z0-9])`,
  "g",
);
const KEYWORD_AFTER_RE = new RegExp(`${LEFT}${NUM}${LU}\\s*(long|length|wide|width|high|height|tall|diameter|dia|in diameter|thick)\\b`, "g");
const VOLUME_RE = new RegExp(`${LEFT}${NUM}\\s*(ml|cl|l|floz|gallons?|gal|qt|quarts?)(?![a-z0-9])`, "g");
const VOLUME_L: Record<string, number> = { ml: 0.001, cl: 0.01, l: 1, floz: 0.0295735, gallon: 3.78541, gallons: 3.78541, gal: 3.78541, qt: 0.946353, quart: 0.946353, quarts: 0.946353 };

function keyOf(word: string): keyof Dimensions | undefined {
  if (/^(?:length|long|len)$/.test(word)) return "lengthCm";
  if (/^(?:width|wide)$/.test(word)) return "widthCm";
  if (/^(?:height|high|tall)$/.test(word)) return "heightCm";
  if (/^(?:diameter|dia|ø|o\.d|od|caliber|in diameter)$/.test(word)) return "diameterCm";
  return undefined;
}

/**
 * Dimensions in cm and volume in litres: "28x19x9mm" (length × width × height), "60x120cm",
 * "13cm x 6.2cm", "dia 30.5mm", "30cm long", "500ml", "5 gallon". A bare single length ("28cm")
 * is not read: in listings it is as often a variant or a compatible size as the article's own.
 */
export function parseDimensions(norm: string): Dimensions {
  const out: Dimensions = {};
  DIM_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DIM_RE.exec(norm)); ) {
    const unit = m[6] ?? m[4] ?? m[2];
    if (!unit) continue;
    const vals = [
      [m[1], m[2]],
      [m[3], m[4]],
      [m[5], m[6]],
    ].filter((v) => v[0] !== undefined) as Array<[string, string | undefined]>;
    const cm = vals.map(([v, u]) => round(Number(v) * LENGTH_CM[u ?? unit]!, 3));
    if (cm.some((v) => !(v > 0))) continue;
    // "18mm x 10m", "5cm x 25m": a narrow measure in mm or cm by a run in metres or yards is a roll or strip written
    // width × length (tape, ribbon, hose), not length × width.
    const roll = vals.length === 2 && vals[0]![1] !== undefined && /^(?:mm|cm)$/.test(vals[0]![1]!) && /^(?:m|yd)$/.test(unit);
    out.lengthCm = roll ? cm[1] : cm[0];
    out.widthCm = roll ? cm[0] : cm[1];
    if (cm[2] !== undefined) out.heightCm = cm[2];
    break;
  }
  const single = (word: string, value: string, unit: string): void => {
    const k = keyOf(word);
    if (k && out[k] === undefined) out[k] = round(Number(value) * LENGTH_CM[unit]!, 3);
  };
  KEYWORD_BEFORE_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEYWORD_BEFORE_RE.exec(norm)); ) single(m[1]!, m[2]!, m[3]!);
  KEYWORD_AFTER_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEYWORD_AFTER_RE.exec(norm)); ) single(m[3]!, m[1]!, m[2]!);
  if (out.diameterCm === undefined) {
    const d = threadDiameterCm(norm);
    if (d !== undefined) out.diameterCm = d;
  }
  VOLUME_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VOLUME_RE.exec(norm)); ) {
    const after = norm.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (m[2] === "l" && /^\s*(?:stainless|steel|surgical|ss)\b/.test(after)) continue; // "316l stainless"
    const v = Number(m[1]) * VOLUME_L[m[2]!]!;
    if (v > 0) {
      out.volumeL = round(v, 4);
      break;
    }
  }
  return out;
}

/** Threaded fasteners and rods: the size designation is the nominal (major) diameter of the thread. */
const THREADED = /\b(?:bolts?|screws?|studs?|nuts?|threaded|threads?|rods?|anchors?)\b/;
/** ISO metric thread "M8", "M10x1.25", "M12-1.75" (nominal diameter in mm). */
const METRIC_THREAD_RE = /(?<![a-z0-9.])m(\d{1,2}(?:\.\d)?)(?=\s*(?:x|-|\s|,|;|\)|$))/;
/** Unified inch thread "1/2in -13", "3/8in-16 unc" (nominal diameter in inches, then threads per inch). */
const INCH_THREAD_RE = /(?<![a-z0-9./])(\d{1,2})\/(\d{1,2})in\s*-\s*\d{1,2}\b/;

/**
 * The thread diameter of a bolt, screw, stud or nut from its size designation ("M8x30 hex bolt" → 0.8 cm,
 * "1/2in -13 cap screw" → 1.27 cm); only in a text about threaded goods.
 */
export function threadDiameterCm(norm: string): number | undefined {
  if (!THREADED.test(norm)) return undefined;
  const m = METRIC_THREAD_RE.exec(norm);
  if (m) {
    const mm = Number(m[1]);
    if (mm >= 1 && mm <= 64) return round(mm / 10, 3);
  }
  const i = INCH_THREAD_RE.exec(norm);
  if (i && Number(i[2]) > 0 && Number(i[1]) < Number(i[2])) return round((Number(i[1]) / Number(i[2])) * 2.54, 3);
  return undefined;
}

/** A length with its unit ("29mm", "0.6", "1.2 m") in cm; unitless values are taken in `defaultUnit`. */
const LENGTH_RE = new RegExp(`${LEFT}${NUM}\\s*\\+?\\s*${LU}?(?![a-z0-9])`);

export function parseLengthCm(norm: string, defaultUnit: "cm" | "mm" | "m" | "in" = "cm"): number | undefined {
  const m = LENGTH_RE.exec(norm);
  if (!m) return undefined;
  const v = Number(m[1]) * LENGTH_CM[m[2] ?? defaultUnit]!;
  return v > 0 ? round(v, 3) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------------

const PCS_RE = /(?<![a-z0-9.])(\d{1,5})(?:\s*[/~-]\s*\d{1,5})*pcs\b/;
const PACK_RE = /\b(?:pack|set|lot|box|bag|case|bundle) of (\d{1,5})\b|(?<![a-z0-9.])(\d{1,5})[\s-]?(?:pack|pk|count|ct)\b/;

/** Pieces per pack ("12pcs" → 12, "20/50/100pcs" → 20, "pack of 3" → 3, "3-pack" → 3). */
export function parsePieces(norm: string): number | undefined {
  const m = PCS_RE.exec(norm);
  if (m) {
    const v = Number(m[1]);
    if (v > 0) return v;
  }
  const p = PACK_RE.exec(norm);
  if (p) {
    const v = Number(p[1] ?? p[2]);
    if (v > 0) return v;
  }
  return undefined;
}

/** The first plain number in a string ("0.030" → 0.03), for attribute values without a unit. */
export function firstNumber(s: string): number | undefined {
  const m = /(?<![a-z0-9.])(\d+(?:\.\d+)?)/.exec(s);
  return m ? Number(m[1]) : undefined;
}
