/**
 * Classifier domain types: what a product looks like on the way in, what the extractors read from
 * it, the lexicon's shape, and the candidates the GRI pipeline ranks. Pure data, no I/O.
 */

/** A product as a client sends it (all text optional except the name). */
export interface ProductInput {
  productName: string;
  description?: string;
  material?: string;
  category?: string;
  /** Manufacturing process: knitted, woven, cast, forged, moulded, ... */
  processing?: string;
  /** Composition text, e.g. "60% cotton 40% polyester". */
  composition?: string;
  /** Weight or specification text, e.g. "180 g/m2", "1.2 kg", "500 W". */
  weightSpec?: string;
  price?: number;
  currency?: string;
  originCountry?: string;
  destinationCountry?: string;
  /** Free-form marketplace attributes (key → value). */
  attributes?: Record<string, string>;
  /** Earlier answers to follow-up questions (attribute → answer). */
  context?: Record<string, string>;
  /** Keep the answer inside this heading (4 digits) or chapter (2 digits). */
  headingHint?: string;
}

/** Materials the HS distinguishes, at the granularity its notes and subheadings use. */
export type Material =
  // textiles (Section XI)
  | "cotton" | "wool" | "fine_animal_hair" | "silk" | "flax" | "jute" | "other_vegetable_fibre"
  | "synthetic" // polyester, nylon/polyamide, acrylic, polypropylene, elastane (man-made synthetic)
  | "artificial" // viscose/rayon, modal, lyocell, acetate (man-made artificial)
  // others
  | "leather" | "composition_leather" | "fur" | "plastic" | "rubber" | "wood" | "bamboo" | "paper"
  | "glass" | "ceramic" | "porcelain" | "stone" | "iron_steel" | "stainless_steel" | "aluminium"
  | "copper" | "zinc" | "tin" | "nickel" | "lead" | "titanium" | "precious_metal" | "gold" | "silver" | "platinum"
  | "base_metal" | "textile" | "cork" | "straw" | "feather" | "pearl" | "gemstone";

export interface MaterialShare {
  material: Material;
  /** Percent by weight when stated (composition), else undefined. */
  percent?: number;
  /** The word it was read from ("polyester", "zinc alloy"). */
  term: string;
  /** Where it was found: composition > material field > attribute > name/description text. */
  source: "composition" | "material" | "attribute" | "text" | "context";
}

export type Construction = "knitted" | "woven" | "nonwoven";
export type Gender = "men" | "women" | "boys" | "girls" | "unisex" | "babies";
export type PowerSource = "electric" | "battery" | "manual" | "combustion" | "solar";

/** Everything the extractors read from a product's fields. */
export interface ExtractedAttributes {
  /** Product name with marketplace noise removed ("2024 New Fashion Hot Sale", brand-only tokens). */
  cleanName: string;
  /** All text fields joined and normalized (lower case, accents folded), noise removed. */
  text: string;
  /** Materials, highest share first (composition order when shares are equal). */
  materials: MaterialShare[];
  construction?: Construction;
  /** Processes named: cast, forged, moulded, stamped, printed, embroidered, frozen, dried, roasted, ... */
  processing: string[];
  gender?: Gender;
  age?: "adult" | "child" | "baby";
  /** Uses named: household, kitchen, table, sports, toy, vehicle, medical, industrial, garden, office, ... */
  uses: string[];
  powerSource?: PowerSource;
  /** Sizes in SI units when stated. */
  dimensions?: { lengthCm?: number; widthCm?: number; heightCm?: number; diameterCm?: number; volumeL?: number };
  /** Net weight in kg when stated; grams per m² for fabrics. */
  weightKg?: number;
  gsm?: number;
  /** Power in watts, voltage in volts, when stated. */
  powerW?: number;
  voltageV?: number;
  /** Unit value in USD when price and currency were given (currency converted at a fixed reference). */
  valueUsd?: number;
  /** Set / kit / assortment words present (GRI 3(b) candidates). */
  isSet: boolean;
  /** Part / accessory / spare words present (Section XVI/XVII parts rules). */
  isPart: boolean;
  /**
   * A component named as used in something else ("a spacer sleeve used in a pneumatic control valve",
   * "impeller for a centrifugal pump"): the component's words and what it is used in.
   */
  componentOf?: { component: string; usedIn: string };
  /** Pieces per pack when stated ("12PCS"). */
  pieces?: number;
}

/** A condition on extracted attributes; every listed field must match (AND), values within a field are OR. */
export interface Condition {
  material?: Material[];
  construction?: Construction[];
  gender?: Gender[];
  age?: Array<"adult" | "child" | "baby">;
  use?: string[];
  power?: PowerSource[];
  processing?: string[];
  /** Any of these words (normalized, stemmed) present in the text. */
  words?: string[];
  /** Each group: one of its words present too (two or more things the text must say together). */
  allOf?: string[][];
  /** None of these words present ("oil painting" unless a "reproduction" or "print" of one). */
  unless?: string[];
  isPart?: boolean;
  isSet?: boolean;
}

/**
 * A lexicon entry: product terms → the heading they belong to, with the conditions that split it.
 * The first matching `split` wins; otherwise `heading` / `subheading` apply.
 */
export interface LexiconEntry {
  /** Product nouns and phrases, lower case, singular ("t-shirt", "tee shirt", "polo shirt"). */
  terms: string[];
  /** Default heading (4 digits). */
  heading: string;
  /** Default subheading (6 digits) when the term fixes it without further conditions. */
  subheading?: string;
  /** Condition-dependent destinations, most specific first. */
  splits?: Array<{ when: Condition; heading?: string; subheading?: string }>;
  /** Attributes whose value changes the code for this product (drives follow-up questions). */
  decisive?: Array<"material" | "construction" | "gender" | "use" | "power" | "processing">;
  /** Short reason, shown in rules_applied ("jewellery of base metal → 7117"). */
  note?: string;
}

/** A candidate code with its evidence, as ranked by the pipeline. */
export interface Candidate {
  hs6: string;
  score: number;
  /** Probability after normalization (sums to ≤ 1 over all candidates). */
  probability?: number;
  evidence: Array<{
    source: "lexicon" | "retrieval" | "reference" | "feedback" | "hint" | "rule";
    detail: string;
    weight: number;
    /** Lexicon evidence from the head noun of the product name: the term that names the goods themselves. */
    head?: boolean;
    /** The product term behind lexicon evidence, as written in the text's lexicon entry. */
    term?: string;
  }>;
}

/** A rule applied on the way to the answer, with its legal basis in one line. */
export interface AppliedRule {
  id: string; // "GRI1", "GRI3b", "GRI6", "XI-note-2", "XVI-note-2", "71-note-9", ...
  reason: string;
}

/** The outcome of a GRI / legal-note rule on the candidate list. */
export interface RuleEffect {
  /** Candidates removed (excluded by a note) with the reason. */
  excluded: Array<{ hs6: string; reason: string }>;
  /** Score multipliers or redirects. */
  adjusted: Array<{ hs6: string; factor: number; reason: string }>;
  /** Codes the rule redirects to (e.g. 7113 → 7117 for base metal). */
  redirected: Array<{ from: string; to: string; reason: string }>;
  applied: AppliedRule[];
}
